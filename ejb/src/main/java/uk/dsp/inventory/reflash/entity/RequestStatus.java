package uk.dsp.inventory.reflash.entity;

/** A re-flash request: made, decided by a DCC operator, and completed when every CH in it has reached its end. */
public enum RequestStatus {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    COMPLETED
}
