package uk.dsp.inventory.smi.control;

import uk.dsp.inventory.dcc.Refused;

/**
 * Why a whole CSPM-N3 call was refused. Nothing of a refused call is applied. The CSPM-N3 endpoint answers each with
 * the fault code of the same name; the kind is what any other interface would make of it.
 */
public enum RefusalReason implements Refused.Problem {
    NOT_AUTHENTICATED(Refused.Kind.FORBIDDEN),
    REGION_NOT_PERMITTED(Refused.Kind.FORBIDDEN),
    INVALID_REQUEST(Refused.Kind.INVALID),
    TOO_MANY_RECORDS(Refused.Kind.INVALID),
    /** A Device ID twice in one call: the call contradicts itself. */
    DUPLICATE_DEVICE_ID(Refused.Kind.INVALID);

    private final Refused.Kind kind;

    RefusalReason(Refused.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Refused.Kind kind() {
        return kind;
    }
}
