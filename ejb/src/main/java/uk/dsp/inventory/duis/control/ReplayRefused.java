package uk.dsp.inventory.duis.control;

import jakarta.ejb.ApplicationException;

/** A request whose counter was already used: refused, and its transaction rolled back. */
@ApplicationException(rollback = true)
public class ReplayRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReplayRefused(String message) {
        super(message);
    }
}
