package uk.dsp.inventory.incidents.control;

/**
 * What a list of incidents shows: optionally one status, one device, only the overdue; a page of at most
 * {@code limit} incidents older (lower ID) than {@code before}, newest first, so a page costs the same at any depth.
 */
public record IncidentFilter(String status, String deviceId, boolean overdueOnly, Long before, int limit, Side side) {

    public static final int MAX_PAGE = 200;

    /** A party's side of its incidents: those waiting for it to answer, or those it raised; null for both. */
    public enum Side {
        WAITING_FOR_YOU,
        RAISED_BY_YOU
    }

    /** Both sides. */
    public IncidentFilter(String status, String deviceId, boolean overdueOnly, Long before, int limit) {
        this(status, deviceId, overdueOnly, before, limit, null);
    }
}
