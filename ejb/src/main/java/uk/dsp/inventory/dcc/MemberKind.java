package uk.dsp.inventory.dcc;

import java.util.EnumSet;
import java.util.Set;

/** The three kinds of people: a Service User's staff, a CSP's staff, and DCC operators (the DSP's own party). */
public enum MemberKind {
    SERVICE_USER_STAFF(EnumSet.of(UserRole.INCIDENTS, UserRole.RETURNS, UserRole.REFLASH)),
    CSP_STAFF(EnumSet.of(UserRole.WORK_ORDERS)),
    DCC_OPERATOR(EnumSet.of(UserRole.SERVICE_DESK, UserRole.USER_ADMIN, UserRole.LOGISTICS));

    private final Set<UserRole> grantable;

    MemberKind(Set<UserRole> grantable) {
        this.grantable = grantable;
    }

    public Set<UserRole> grantable() {
        return EnumSet.copyOf(grantable);
    }
}
