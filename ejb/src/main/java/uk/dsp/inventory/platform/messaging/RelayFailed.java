package uk.dsp.inventory.platform.messaging;

import jakarta.ejb.ApplicationException;

/**
 * A relay batch that could not reach the database or the broker: its rows stay for the next try. An application
 * exception, so that the relay logs it once in one line rather than the container logging every retry's stack.
 */
@ApplicationException(rollback = true)
public class RelayFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RelayFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
