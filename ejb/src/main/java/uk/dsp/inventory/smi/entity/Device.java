package uk.dsp.inventory.smi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.platform.persistence.Tracked;

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

    @Column(name = "esme_variant")
    private String esmeVariant;

    @Column(name = "associated_gpf_id")
    private Long associatedGpfId;

    @Column(name = "import_mpxn")
    private String importMpxn;

    @Column(name = "secondary_import_mpan")
    private String secondaryImportMpan;

    @Column(name = "export_mpan")
    private String exportMpan;

    @Column(name = "installed_at")
    private Instant installedAt;

    @Column(name = "commissioned_on")
    private LocalDate commissionedOn;

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

    /** What a Service User's SR 12.2 gives of a device it pre-notifies. */
    public void describe(ServiceUserDeviceDetails details, Eui64 associatedGpf, Instant now) {
        manufacturer = details.manufacturer();
        model = details.model();
        smetsChtsVersion = details.smetsChtsVersion();
        firmwareVersion = details.firmwareVersion();
        esmeVariant = details.esmeVariant();
        associatedGpfId = associatedGpf == null ? null : associatedGpf.value();
        touch(now);
    }

    /** SR 8.4 Update Device Details: the fields given replace the SMI's, the others stay. */
    public void update(ServiceUserDeviceDetails changes, Instant now) {
        manufacturer = changes.manufacturer() == null ? manufacturer : changes.manufacturer();
        model = changes.model() == null ? model : changes.model();
        smetsChtsVersion = changes.smetsChtsVersion() == null ? smetsChtsVersion : changes.smetsChtsVersion();
        firmwareVersion = changes.firmwareVersion() == null ? firmwareVersion : changes.firmwareVersion();
        esmeVariant = changes.esmeVariant() == null ? esmeVariant : changes.esmeVariant();
        touch(now);
    }

    public ServiceUserDeviceDetails serviceUserDetails() {
        return new ServiceUserDeviceDetails(manufacturer, model, smetsChtsVersion, firmwareVersion, esmeVariant);
    }

    /**
     * A new SMI status. Only {@code DeviceLifecycle}, which knows the allowed transitions and who may cause
     * them, calls this.
     */
    public void moveTo(SmiStatus status, Instant now) {
        if (status == SmiStatus.COMMISSIONED && smiStatus != SmiStatus.COMMISSIONED) {
            commissionedOn = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        }
        smiStatus = status;
        smiStatusSince = now;
        touch(now);
    }

    /** SR 8.14.1/8.14.2: the installing supplier becomes the CH's responsible supplier, at this MPxN. */
    public void installBy(String supplierId, String mpxn, Instant installedAt, Instant now) {
        responsibleSupplierId = supplierId;
        importMpxn = mpxn;
        this.installedAt = installedAt;
        touch(now);
    }

    public void changeMeterPoints(String importMpxn, String secondaryImportMpan, String exportMpan, Instant now) {
        this.importMpxn = importMpxn == null ? this.importMpxn : importMpxn;
        this.secondaryImportMpan = secondaryImportMpan == null ? this.secondaryImportMpan : secondaryImportMpan;
        this.exportMpan = exportMpan == null ? this.exportMpan : exportMpan;
        touch(now);
    }

    public String importMpxn() {
        return importMpxn;
    }

    public String secondaryImportMpan() {
        return secondaryImportMpan;
    }

    public String exportMpan() {
        return exportMpan;
    }

    public LocalDate commissionedOn() {
        return commissionedOn;
    }

    public HanVariant hanVariant() {
        return hanVariant;
    }

    public CommsHubDetails commsHubDetails() {
        return new CommsHubDetails(
                manufacturer,
                model,
                firmwareVersion,
                hardwareVersion,
                smetsChtsVersion,
                hanVariant,
                cspRegion,
                deliveredToPartyId,
                deliveryDate);
    }

    /** Re-flash: authorised and sent to the CSP; back in the party's stock; or scrapped after a failed re-flash. */
    public void moveLogistics(LogisticsStatus status, Instant now) {
        logisticsStatus = status;
        touch(now);
    }

    /** A re-flashed CH's new firmware, learnt from its CSP (CSPM-N3) or DCC Logistics' file. */
    public void recordFirmware(String version, Instant now) {
        firmwareVersion = version;
        touch(now);
    }

    public String firmwareVersion() {
        return firmwareVersion;
    }

    public String model() {
        return model;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public LocalDate deliveryDate() {
        return deliveryDate;
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
