package uk.dsp.inventory.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the Service Audit Trail: a request as a whole, or one device it named, with the response
 * code it got. Entries are written once and never changed.
 */
@Entity
@Table(name = "sat_entry")
public class SatEntry {

    public static final String REQUEST = "REQUEST";
    public static final String DEVICE = "DEVICE";

    @Id
    @Column(name = "entry_id")
    @SequenceGenerator(name = "sat_entry_seq", sequenceName = "sat_entry_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sat_entry_seq")
    private long entryId;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "originator_id", nullable = false)
    private String originatorId;

    @Column(name = "service_reference_variant", nullable = false)
    private String serviceReferenceVariant;

    @Column(name = "entry_kind", nullable = false)
    private String entryKind;

    @Column(name = "device_id")
    private Long deviceId;

    @Column(name = "response_code", nullable = false)
    private String responseCode;

    private String detail;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SatEntry() {
        // for JPA
    }

    public SatEntry(
            String requestId,
            String originatorId,
            String serviceReferenceVariant,
            String entryKind,
            Long deviceId,
            String responseCode,
            String detail,
            Instant recordedAt) {
        this.requestId = requestId;
        this.originatorId = originatorId;
        this.serviceReferenceVariant = serviceReferenceVariant;
        this.entryKind = entryKind;
        this.deviceId = deviceId;
        this.responseCode = responseCode;
        this.detail = detail;
        this.recordedAt = recordedAt;
    }
}
