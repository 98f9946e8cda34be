package uk.dsp.inventory.dcc;

import jakarta.ejb.ApplicationException;

/**
 * A person's or a system's step refused, with the reason they see; the transaction rolls back, so nothing was
 * changed. Each interface answers the {@link Problem} in its own terms: an HTTP status, a form message.
 */
@ApplicationException(rollback = true)
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as HTTP would class it. */
    public enum Problem {
        /** What was sent cannot be used as it is (400). */
        INVALID,
        /** The person may not take this step at all (403). */
        FORBIDDEN,
        /** No such thing among what the person may see (404): another party's is "not found" too. */
        NOT_FOUND,
        /** The thing is not in the state the step needs (409). */
        NOT_ALLOWED
    }

    private final Problem problem;

    public Refused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
