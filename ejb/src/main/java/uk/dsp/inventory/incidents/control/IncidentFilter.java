package uk.dsp.inventory.incidents.control;

/**
 * What a list of incidents shows: optionally one status, one device, only the overdue; a page of at most
 * {@code limit} incidents older (lower ID) than {@code before}, newest first, so a page costs the same at any depth.
 */
public record IncidentFilter(String status, String deviceId, boolean overdueOnly, Long before, int limit) {

    public static final int MAX_PAGE = 200;
}
