package uk.dsp.inventory.parties.control;

import uk.dsp.inventory.dcc.Refused;

/**
 * Why a change to the party registry clashes with what is registered; input that cannot be used and an unknown party
 * are the plain {@link Refused.Kind}s.
 */
public enum RegistryProblem implements Refused.Problem {
    ALREADY_REGISTERED,
    /** A signing or gateway certificate is registered to another party. */
    CERTIFICATE_IN_USE,
    /** The CSP region has its CSP already. */
    REGION_TAKEN;

    @Override
    public Refused.Kind kind() {
        return Refused.Kind.CONFLICT;
    }
}
