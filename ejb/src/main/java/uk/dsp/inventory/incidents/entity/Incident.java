package uk.dsp.inventory.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.dsp.inventory.dcc.Eui64;

/**
 * A 'Request for Install Code' incident: a gaining supplier asks the installing supplier of an install-and-leave
 * device for its install code, which is kept sealed (encrypted) here.
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "incident_id")
    private long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "raised_by_party_id", nullable = false)
    private String raisedByParty;

    @Column(name = "raised_by_user", nullable = false)
    private String raisedByUser;

    @Column(name = "assignee_party_id", nullable = false)
    private String assigneeParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sealed_install_code")
    private String sealedInstallCode;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private String resolution;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "overdue_reported_on")
    private LocalDate overdueReportedOn;

    @Version
    private long version;

    protected Incident() {
        // for JPA
    }

    public Incident(
            Eui64 deviceId,
            String raisedByParty,
            String raisedByUser,
            String assigneeParty,
            Instant now,
            LocalDate dueOn) {
        this.deviceId = deviceId.value();
        this.raisedByParty = raisedByParty;
        this.raisedByUser = raisedByUser;
        this.assigneeParty = assigneeParty;
        this.status = IncidentStatus.OPEN;
        this.raisedAt = now;
        this.dueOn = dueOn;
    }

    public void answer(String sealedInstallCode, Instant now) {
        this.sealedInstallCode = sealedInstallCode;
        this.status = IncidentStatus.ANSWERED;
        this.answeredAt = now;
    }

    public void assignTo(String party) {
        this.assigneeParty = party;
    }

    public void close(String resolution, Instant now) {
        this.status = IncidentStatus.CLOSED;
        this.resolution = resolution;
        this.closedAt = now;
    }

    public void reminded(LocalDate on) {
        this.remindedOn = on;
    }

    public void reportedOverdue(LocalDate on) {
        this.overdueReportedOn = on;
    }

    /** Overdue on a day after its due date while nobody has given the code. */
    public boolean overdueOn(LocalDate today) {
        return status == IncidentStatus.OPEN && today.isAfter(dueOn);
    }

    public long id() {
        return id;
    }

    public Eui64 deviceId() {
        return new Eui64(deviceId);
    }

    public String raisedByParty() {
        return raisedByParty;
    }

    public String raisedByUser() {
        return raisedByUser;
    }

    public String assigneeParty() {
        return assigneeParty;
    }

    public IncidentStatus status() {
        return status;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String sealedInstallCode() {
        return sealedInstallCode;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String resolution() {
        return resolution;
    }

    public LocalDate remindedOn() {
        return remindedOn;
    }

    public LocalDate overdueReportedOn() {
        return overdueReportedOn;
    }
}
