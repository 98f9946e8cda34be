package uk.dsp.inventory.reflash.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where one CH of a re-flash request is. The last four of the list, and NOT_AUTHORISED, are ends. */
public enum ItemStatus {
    /** Asked for; the DCC has not decided. */
    REQUESTED,
    /** The DCC authorised it: the party sends it to the CSP of its region. */
    AUTHORISED,
    /** The CSP has it, in its original sealed packaging. */
    RECEIVED,
    /** Re-flashed successfully, and charged; the SMI learns its new firmware by CSPM-N3 or the uploaded file. */
    REFLASHED,
    /** On its way back to the party. */
    DISPATCHED,
    /** The request was rejected. */
    NOT_AUTHORISED,
    /** The CSP refused it on arrival (e.g. not in its original sealed packaging, MP155-A-006): sent back as it was. */
    REFUSED,
    /** The re-flash failed: the CH is scrapped (MP155-R-001) and not charged. */
    FAILED,
    /** Back in the party's stock, Pending, with its new firmware. */
    DELIVERED;

    /** The states a CH holds while in a re-flash; a CH is in one re-flash at a time. */
    public static final Set<ItemStatus> OPEN = EnumSet.of(REQUESTED, AUTHORISED, RECEIVED, REFLASHED, DISPATCHED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
