package uk.dsp.inventory.firmware.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting of the catalogue: a model's latest version, the one before it (none for a new model), who and when. */
@Entity
@Table(name = "firmware_release_change")
public class FirmwareReleaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "change_id")
    private long id;

    @Column(nullable = false)
    private String manufacturer;

    @Column(nullable = false)
    private String model;

    @Column(name = "previous_version")
    private String previousVersion;

    @Column(name = "latest_version", nullable = false)
    private String latestVersion;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected FirmwareReleaseChange() {
        // for JPA
    }

    public FirmwareReleaseChange(FirmwareRelease release, String previousVersion) {
        this.manufacturer = release.manufacturer();
        this.model = release.model();
        this.previousVersion = previousVersion;
        this.latestVersion = release.latestVersion();
        this.changedAt = release.setAt();
        this.changedBy = release.setBy();
    }

    public long id() {
        return id;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public String model() {
        return model;
    }

    /** Null when the setting added the model to the catalogue. */
    public String previousVersion() {
        return previousVersion;
    }

    public String latestVersion() {
        return latestVersion;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
