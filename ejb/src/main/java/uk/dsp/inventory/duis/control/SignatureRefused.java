package uk.dsp.inventory.duis.control;

import jakarta.ejb.ApplicationException;

/** A request's signature cannot be accepted: missing, malformed, made with an unknown or foreign key, or broken. */
@ApplicationException(rollback = true)
public class SignatureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignatureRefused(String message) {
        super(message);
    }

    public SignatureRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
