package uk.dsp.inventory.incidents.control;

import jakarta.ejb.ApplicationException;

/** An incident step refused, with the reason the person sees: nothing was changed. */
@ApplicationException(rollback = true)
public class IncidentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, which each interface answers in its own terms (an HTTP status, a form message). */
    public enum Problem {
        /** The input is malformed: a missing or unreadable Device ID, text or install code. */
        INVALID,
        /** The person's party or roles may not do this. */
        FORBIDDEN,
        /** No such device, or no such incident that this person may see. */
        NOT_FOUND,
        /** The device or incident is not in a state that allows it. */
        NOT_ALLOWED,
        /** An open incident from the same party for the same device exists already. */
        DUPLICATE
    }

    private final Problem problem;

    public IncidentRefused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
