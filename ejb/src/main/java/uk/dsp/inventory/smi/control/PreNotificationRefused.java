package uk.dsp.inventory.smi.control;

import jakarta.ejb.ApplicationException;

/** A CSPM-N3 call refused as a whole; the transaction rolls back. */
@ApplicationException(rollback = true)
public class PreNotificationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;

    public PreNotificationRefused(RefusalReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }
}
