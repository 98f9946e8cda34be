package uk.dsp.inventory.dcc;

import jakarta.ejb.ApplicationException;

/**
 * A person's or a system's step refused, with the reason they see; the transaction rolls back, so nothing was
 * changed. Every capability refuses with this one type: its {@link Problem} says why in the capability's words, and
 * the problem's {@link Kind} says what sort of refusal it is, which each interface answers in its own terms (an HTTP
 * status, a form message, a SOAP fault).
 */
@ApplicationException(rollback = true)
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Why a step was refused. A capability whose refusals need words of their own has an enum of them; one with
     * only the plain kinds uses {@link Kind} itself.
     */
    public interface Problem {
        Kind kind();
    }

    /** The sort of refusal, which every interface knows how to answer. */
    public enum Kind implements Problem {
        /** What was sent cannot be used as it is. */
        INVALID,
        /** The person may not take this step at all. */
        FORBIDDEN,
        /** No such thing among what the person may see: another party's is "not found" too. */
        NOT_FOUND,
        /** The step conflicts with the thing as it is now: not in a state that allows it, or there already. */
        CONFLICT;

        @Override
        public Kind kind() {
            return this;
        }
    }

    private final Problem problem;

    public Refused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public static Refused invalid(String message) {
        return new Refused(Kind.INVALID, message);
    }

    public static Refused forbidden(String message) {
        return new Refused(Kind.FORBIDDEN, message);
    }

    public static Refused notFound(String message) {
        return new Refused(Kind.NOT_FOUND, message);
    }

    public static Refused conflict(String message) {
        return new Refused(Kind.CONFLICT, message);
    }

    public Problem problem() {
        return problem;
    }

    public Kind kind() {
        return problem.kind();
    }
}
