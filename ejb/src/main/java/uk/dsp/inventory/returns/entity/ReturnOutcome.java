package uk.dsp.inventory.returns.entity;

/** What became of one Communications Hub in a return request (seed 000, §3.2). */
public enum ReturnOutcome {
    ACCEPTED,
    NOT_IN_INVENTORY,
    NOT_COMMS_HUB,
    NOT_AUTHORISED,
    INCOMPATIBLE_STATUS,
    ALREADY_RETURNED,
    GPF_MISMATCH,
    DUPLICATE_DEVICE_ID
}
