package uk.dsp.inventory.returns.control;

import java.time.LocalDate;
import uk.dsp.inventory.dcc.Eui64;

/**
 * Which of a party's returns records a page shows: optionally one CH, one request, one status, opened from and to
 * a date (inclusive, UK days); then the records older (lower record ID) than {@code before}, newest first, at most
 * {@code limit}: a keyset page costs the same at any depth.
 */
public record ReturnsFilter(
        Eui64 deviceId, String requestId, String status, LocalDate from, LocalDate to, Long before, int limit) {

    public static final int MAX_PAGE = 1000;

    /** The same filter for the page after the record {@code before}. */
    public ReturnsFilter before(Long before) {
        return new ReturnsFilter(deviceId, requestId, status, from, to, before, limit);
    }
}
