package uk.dsp.inventory.parties.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.platform.persistence.Tracked;

/** A Service User or a CSP known to the DSP, identified by its EUI-64 party ID. */
@Entity
@Table(name = "party")
public class Party extends Tracked {

    @Id
    @Column(name = "party_id")
    private String partyId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "party_role", joinColumns = @JoinColumn(name = "party_id"))
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "csp_region")
    private CspRegion cspRegion;

    private String email;

    @Column(name = "alert_endpoint")
    private String alertEndpoint;

    @Column(name = "password_hash")
    private String passwordHash;

    protected Party() {
        // for JPA
    }

    public Party(String partyId, Instant now) {
        super(now);
        this.partyId = partyId;
    }

    public void describe(
            String name, Set<Role> roles, CspRegion cspRegion, String email, String alertEndpoint, Instant now) {
        this.name = name;
        this.roles.clear();
        this.roles.addAll(roles);
        this.cspRegion = cspRegion;
        this.email = email;
        this.alertEndpoint = alertEndpoint;
        touch(now);
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isCsp() {
        return roles.contains(Role.CSP);
    }

    public String partyId() {
        return partyId;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public CspRegion cspRegion() {
        return cspRegion;
    }

    public String email() {
        return email;
    }

    public String alertEndpoint() {
        return alertEndpoint;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
