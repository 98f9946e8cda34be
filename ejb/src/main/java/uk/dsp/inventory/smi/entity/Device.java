package uk.dsp.inventory.smi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.dsp.inventory.platform.persistence.Tracked;
import java.time.Instant;
import java.time.LocalDate;

/** One device of the Smart Metering Inventory. A Comms Hub is two of them: its CHF, which names its GPF, and the GPF. */
@Entity
@Table(name = "device")
public class Device extends Tracked {

    @Id
    @Column(name = "device_id")
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false)
    private DeviceType type;

    @Column(nullable = false)
    private String manufacturer;

    @Column(nullable = false)
    private String model;

    @Column(name = "firmware_version")
    private String firmwareVersion;

    @Column(name = "hardware_version")
    private String hardwareVersion;

    @Column(name = "smets_chts_version")
    private String smetsChtsVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "han_variant")
    private HanVariant hanVariant;

    @Enumerated(EnumType.STRING)
    @Column(name = "csp_region")
    private CspRegion cspRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "smi_status", nullable = false)
    private SmiStatus smiStatus;

    @Column(name = "smi_status_since", nullable = false)
    private Instant smiStatusSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "logistics_status")
    private LogisticsStatus logisticsStatus;

    @Column(name = "gpf_device_id")
    private Long gpfDeviceId;

    @Column(name = "notifying_party_id", nullable = false)
    private String notifyingPartyId;

    @Column(name = "delivered_to_party_id")
    private String deliveredToPartyId;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "responsible_supplier_id")
    private String responsibleSupplierId;

    protected Device() {
        // for JPA
    }

    public Device(Eui64 deviceId, DeviceType type, String notifyingPartyId, Instant now) {
        super(now);
        this.deviceId = deviceId.value();
        this.type = type;
        this.notifyingPartyId = notifyingPartyId;
        this.smiStatus = SmiStatus.PENDING;
        this.smiStatusSince = now;
    }

    /** The details a CSP's pre-notification gives, on first notification and on every update. */
    public void describe(CommsHubDetails details, Instant now) {
        manufacturer = details.manufacturer();
        model = details.model();
        firmwareVersion = details.firmwareVersion();
        hardwareVersion = details.hardwareVersion();
        smetsChtsVersion = details.smetsChtsVersion();
        hanVariant = details.hanVariant();
        cspRegion = details.cspRegion();
        deliveredToPartyId = details.deliveredToPartyId();
        deliveryDate = details.deliveryDate();
        touch(now);
    }

    public CommsHubDetails commsHubDetails() {
        return new CommsHubDetails(manufacturer, model, firmwareVersion, hardwareVersion, smetsChtsVersion,
                hanVariant, cspRegion, deliveredToPartyId, deliveryDate);
    }

    public void deliverAsCommsHub(Eui64 gpf) {
        this.gpfDeviceId = gpf == null ? null : gpf.value();
        this.logisticsStatus = LogisticsStatus.DELIVERED;
    }

    public Eui64 deviceId() {
        return new Eui64(deviceId);
    }

    public DeviceType type() {
        return type;
    }

    public SmiStatus smiStatus() {
        return smiStatus;
    }

    public Instant smiStatusSince() {
        return smiStatusSince;
    }

    public LogisticsStatus logisticsStatus() {
        return logisticsStatus;
    }

    public Eui64 gpfDeviceId() {
        return gpfDeviceId == null ? null : new Eui64(gpfDeviceId);
    }

    public String notifyingPartyId() {
        return notifyingPartyId;
    }

    public String deliveredToPartyId() {
        return deliveredToPartyId;
    }

    /** The supplier that installed the CH and answers for it while installed; null until then. */
    public String responsibleSupplierId() {
        return responsibleSupplierId;
    }

    public CspRegion cspRegion() {
        return cspRegion;
    }
}
