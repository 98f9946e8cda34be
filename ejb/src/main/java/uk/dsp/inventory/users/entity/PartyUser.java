package uk.dsp.inventory.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.platform.persistence.Tracked;

/** A person who signs in to the self-service pages and the JSON API, on behalf of exactly one party. */
@Entity
@Table(name = "party_user")
public class PartyUser extends Tracked {

    @Id
    private String username;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private String email;

    /** The role names, comma-separated: a handful per user, always read with the user. */
    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled = true;

    protected PartyUser() {
        // for JPA
    }

    public PartyUser(String username, String partyId, String passwordHash, Instant now) {
        super(now);
        this.username = username;
        this.partyId = partyId;
        this.passwordHash = passwordHash;
    }

    public void describe(String email, Set<UserRole> roles, Instant now) {
        this.email = email;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        touch(now);
    }

    public void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        touch(now);
    }

    public String username() {
        return username;
    }

    public String partyId() {
        return partyId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<UserRole> roles() {
        return roles == null || roles.isEmpty()
                ? EnumSet.noneOf(UserRole.class)
                : UserRole.parse(Arrays.asList(roles.split(",")));
    }
}
