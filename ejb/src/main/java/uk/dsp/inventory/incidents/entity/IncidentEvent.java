package uk.dsp.inventory.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of an incident's history: who (user and party, none for the system's own steps), when, what. */
@Entity
@Table(name = "incident_event")
public class IncidentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "event_id")
    private long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false)
    private Instant at;

    private String username;

    @Column(name = "party_id")
    private String partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStep kind;

    private String text;

    protected IncidentEvent() {
        // for JPA
    }

    public IncidentEvent(long incidentId, Instant at, String username, String partyId, IncidentStep kind, String text) {
        this.incidentId = incidentId;
        this.at = at;
        this.username = username;
        this.partyId = partyId;
        this.kind = kind;
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

    public IncidentStep kind() {
        return kind;
    }

    public String text() {
        return text;
    }
}
