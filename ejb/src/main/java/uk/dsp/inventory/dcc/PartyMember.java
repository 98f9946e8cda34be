package uk.dsp.inventory.dcc;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** A signed-in person: the user name, the one party it belongs to, what kind of party that is, and its roles. */
public record PartyMember(String username, String partyId, MemberKind kind, Set<UserRole> roles)
        implements Serializable {

    public PartyMember {
        roles = roles.isEmpty() ? EnumSet.noneOf(UserRole.class) : EnumSet.copyOf(roles);
    }

    public boolean may(UserRole role) {
        return roles.contains(role);
    }

    public boolean isOperator() {
        return kind == MemberKind.DCC_OPERATOR;
    }
}
