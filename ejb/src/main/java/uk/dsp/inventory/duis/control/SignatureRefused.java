package uk.dsp.inventory.duis.control;

import jakarta.ejb.ApplicationException;

/**
 * A request's signature cannot be accepted: missing, malformed, made with an unknown or foreign key, or broken. Its
 * message is shown to a caller not yet authenticated, so it says what is wrong with the document and nothing of the
 * inside (no exception text, no other party); the cause, if any, is for the log.
 */
@ApplicationException(rollback = true)
public class SignatureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the serial is unknown or another party's: the caller is told neither. */
    public static final String NOT_REGISTERED = "not a registered signing certificate of the originator";

    public SignatureRefused(String message) {
        super(message);
    }

    public SignatureRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
