package uk.dsp.inventory.dcc;

import java.util.EnumSet;
import java.util.Set;

/** The DUIS Service User roles, and CSP for a Communications Service Provider. */
public enum Role {
    IS,
    GS,
    ES,
    ED,
    GT,
    RSA,
    OU,
    CSP;

    public static final Set<Role> SERVICE_USER_ROLES = EnumSet.complementOf(EnumSet.of(CSP));
}
