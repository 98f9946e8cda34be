package uk.dsp.inventory.parties.control;

import jakarta.ejb.ApplicationException;

/** A change to the party registry that was refused; nothing of it was applied. */
@ApplicationException(rollback = true)
public class RegistrationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal: the admin API answers each with its own HTTP status. */
    public enum Problem {
        INVALID,
        ALREADY_REGISTERED,
        NOT_FOUND,
        CERTIFICATE_IN_USE,
        REGION_TAKEN
    }

    private final Problem problem;

    public RegistrationRefused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public static RegistrationRefused invalid(String message) {
        return new RegistrationRefused(Problem.INVALID, message);
    }

    public Problem problem() {
        return problem;
    }
}
