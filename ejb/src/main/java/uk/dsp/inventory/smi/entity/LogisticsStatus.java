package uk.dsp.inventory.smi.entity;

/**
 * Where a Comms Hub is in the CSP's logistics: delivered to the party that ordered it, returned, away to its CSP for
 * re-flash (authorised, on its way or at the CSP, until delivered back), or scrapped after a failed re-flash.
 */
public enum LogisticsStatus {
    DELIVERED,
    RETURNED,
    AWAY_FOR_REFLASH,
    SCRAPPED
}
