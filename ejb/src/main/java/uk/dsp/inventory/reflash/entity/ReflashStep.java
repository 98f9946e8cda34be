package uk.dsp.inventory.reflash.entity;

/** The kinds of step a re-flash's history records. */
public enum ReflashStep {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    AMENDED,
    WORK_ORDER_CREATED,
    RECEIVED,
    REFUSED,
    REFLASHED,
    FAILED,
    FIRMWARE_RECORDED,
    DISPATCHED,
    DELIVERED,
    COMPLETED
}
