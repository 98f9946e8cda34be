package uk.dsp.inventory.reflash.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a re-flash: who (a user, or a CSP's gateway by its party), when, what, on which work order and CH. */
@Entity
@Table(name = "reflash_event")
public class ReflashEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reflash_event_event_id_seq")
    @SequenceGenerator(
            name = "reflash_event_event_id_seq",
            sequenceName = "reflash_event_event_id_seq",
            allocationSize = 50)
    @Column(name = "event_id")
    private long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "work_order_id")
    private Long workOrderId;

    @Column(name = "device_id")
    private Long deviceId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String username;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReflashStep step;

    private String text;

    protected ReflashEvent() {
        // for JPA
    }

    public ReflashEvent(
            long requestId,
            Long workOrderId,
            Long deviceId,
            Instant at,
            String username,
            String partyId,
            ReflashStep step,
            String text) {
        this.requestId = requestId;
        this.workOrderId = workOrderId;
        this.deviceId = deviceId;
        this.at = at;
        this.username = username;
        this.partyId = partyId;
        this.step = step;
        this.text = text;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public String partyId() {
        return partyId;
    }

    public ReflashStep step() {
        return step;
    }

    public Long workOrderId() {
        return workOrderId;
    }

    public Long deviceId() {
        return deviceId;
    }

    public String text() {
        return text;
    }
}
