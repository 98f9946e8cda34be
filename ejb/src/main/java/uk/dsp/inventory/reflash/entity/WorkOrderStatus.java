package uk.dsp.inventory.reflash.entity;

/** A DSMS work order: open while its CSP receives and re-flashes the CHs, then dispatched, then delivered. */
public enum WorkOrderStatus {
    OPEN,
    DISPATCHED,
    DELIVERED
}
