package uk.dsp.inventory.reflash.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The explicit charge of one CH re-flashed successfully: once per CH and request, in its party's month. */
@Entity
@Table(name = "reflash_charge")
public class ReflashCharge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reflash_charge_charge_id_seq")
    @SequenceGenerator(
            name = "reflash_charge_charge_id_seq",
            sequenceName = "reflash_charge_charge_id_seq",
            allocationSize = 50)
    @Column(name = "charge_id")
    private long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(nullable = false)
    private LocalDate month;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "charged_at", nullable = false)
    private Instant chargedAt;

    protected ReflashCharge() {
        // for JPA
    }

    public ReflashCharge(
            long requestId, long deviceId, String partyId, LocalDate month, BigDecimal amount, Instant at) {
        this.requestId = requestId;
        this.deviceId = deviceId;
        this.partyId = partyId;
        this.month = month;
        this.amount = amount;
        this.chargedAt = at;
    }
}
