package uk.dsp.inventory.housekeeping.boundary;

import jakarta.ejb.ApplicationException;

/** A run was asked for while another is in progress: one run at a time. An answer, not a failure to log. */
@ApplicationException
public class HousekeepingBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HousekeepingBusy() {
        this("a housekeeping run is in progress");
    }

    public HousekeepingBusy(String message) {
        super(message);
    }
}
