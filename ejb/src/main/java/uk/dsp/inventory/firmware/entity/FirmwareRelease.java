package uk.dsp.inventory.firmware.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest production firmware version of one CH manufacturer and model: what a re-flash brings a CH to. */
@Entity
@Table(name = "firmware_release")
public class FirmwareRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "release_id")
    private long id;

    @Column(nullable = false)
    private String manufacturer;

    @Column(nullable = false)
    private String model;

    @Column(name = "latest_version", nullable = false)
    private String latestVersion;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    protected FirmwareRelease() {
        // for JPA
    }

    public FirmwareRelease(String manufacturer, String model) {
        this.manufacturer = manufacturer;
        this.model = model;
    }

    /** How the catalogue's versions are looked up: by manufacturer and model together. */
    public static String key(String manufacturer, String model) {
        return manufacturer + '\u0000' + model;
    }

    public void latest(String version, String by, Instant at) {
        this.latestVersion = version;
        this.setBy = by;
        this.setAt = at;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public String model() {
        return model;
    }

    public String latestVersion() {
        return latestVersion;
    }

    public Instant setAt() {
        return setAt;
    }

    public String setBy() {
        return setBy;
    }
}
