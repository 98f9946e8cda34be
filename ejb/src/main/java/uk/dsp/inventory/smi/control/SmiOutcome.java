package uk.dsp.inventory.smi.control;

/**
 * What became of a Service User's request about the SMI (SR 12.2, 8.2, 8.4, 8.14.1 and 8.14.2), in the domain's
 * words. The DUIS edge alone knows the response code of each.
 */
public enum SmiOutcome {
    ACCEPTED,
    NOT_IN_INVENTORY,
    WRONG_DEVICE_TYPE,
    NOT_AUTHORISED,
    STATUS_NOT_ALLOWED,
    /** A CH sent back to the DCC cannot be installed. */
    ALREADY_RETURNED,
    /** A CH away to its CSP for re-flash, or scrapped after one, cannot be installed. */
    AWAY_FOR_REFLASH,
    /** SR 8.2 by MPxN: no device there that the requester answers for. */
    NOTHING_AT_MPXN,
    /** SR 8.4 with no detail to change. */
    NOTHING_TO_UPDATE,
    /** SR 12.2 for a Device ID the SMI already holds. */
    ALREADY_IN_INVENTORY,
    /** SR 12.2 for a CH: CHs enter the SMI from their CSP (CSPM-N3). */
    COMMS_HUB_NOT_PRE_NOTIFIABLE,
    /** SR 12.2 naming an associated GPF that the SMI does not hold as a GPF. */
    NO_SUCH_GPF;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
