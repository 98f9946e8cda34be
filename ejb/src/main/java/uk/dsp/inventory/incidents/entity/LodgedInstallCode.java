package uk.dsp.inventory.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dsp.inventory.dcc.Eui64;

/** An install code its installing supplier lodged ahead of any incident (MP281's codes in the SMI), sealed. */
@Entity
@Table(name = "lodged_install_code")
public class LodgedInstallCode {

    @Id
    @Column(name = "device_id")
    private long deviceId;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(name = "sealed_install_code", nullable = false)
    private String sealedInstallCode;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Column(name = "lodged_by", nullable = false)
    private String lodgedBy;

    protected LodgedInstallCode() {
        // for JPA
    }

    public LodgedInstallCode(Eui64 deviceId, String partyId) {
        this.deviceId = deviceId.value();
        this.partyId = partyId;
    }

    public void lodge(String sealedInstallCode, String lodgedBy, Instant now) {
        this.sealedInstallCode = sealedInstallCode;
        this.lodgedBy = lodgedBy;
        this.lodgedAt = now;
    }

    public Eui64 deviceId() {
        return new Eui64(deviceId);
    }

    public String partyId() {
        return partyId;
    }

    public String sealedInstallCode() {
        return sealedInstallCode;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }
}
