package uk.dsp.inventory.dsms.control;

import jakarta.ejb.ApplicationException;

/** A CSP's step on a returns record refused, with the reason the person sees: nothing was changed. */
@ApplicationException(rollback = true)
public class ReceiptRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, which each interface answers in its own terms (an HTTP status, a form message). */
    public enum Problem {
        /** The person is not a CSP's staff with the role WORK_ORDERS. */
        FORBIDDEN,
        /** No such record of a CH of the CSP's region. */
        NOT_FOUND,
        /** The record is not in the state the step needs (received before closed, each once). */
        NOT_ALLOWED
    }

    private final Problem problem;

    public ReceiptRefused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
