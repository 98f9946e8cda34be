package uk.dsp.inventory.smi.entity;

/** Where a Comms Hub is in the CSP's logistics: delivered to the party that ordered it, or returned. */
public enum LogisticsStatus {
    DELIVERED,
    RETURNED
}
