package uk.dsp.inventory.housekeeping.control;

import jakarta.ejb.ApplicationException;

/** A housekeeping setting that cannot be used: the run stops before it deletes anything. */
@ApplicationException(rollback = true)
public class InvalidHousekeepingSettings extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidHousekeepingSettings(String message) {
        super(message);
    }
}
