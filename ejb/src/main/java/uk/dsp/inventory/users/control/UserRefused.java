package uk.dsp.inventory.users.control;

import jakarta.ejb.ApplicationException;

/** A user that cannot be added or changed as asked: nothing was changed. */
@ApplicationException(rollback = true)
public class UserRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, which each interface answers in its own terms (an HTTP status, a form message). */
    public enum Problem {
        INVALID,
        UNKNOWN_PARTY,
        UNKNOWN_USER,
        ALREADY_EXISTS
    }

    private final Problem problem;

    public UserRefused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
