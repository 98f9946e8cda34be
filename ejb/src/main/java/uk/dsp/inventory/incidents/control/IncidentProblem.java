package uk.dsp.inventory.incidents.control;

import uk.dsp.inventory.dcc.Refused;

/** An incident refused for a reason of its own; the plain ones are {@link Refused.Kind}s. */
public enum IncidentProblem implements Refused.Problem {
    /** An open incident from the same party for the same device exists already. */
    DUPLICATE(Refused.Kind.CONFLICT);

    private final Refused.Kind kind;

    IncidentProblem(Refused.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Refused.Kind kind() {
        return kind;
    }
}
