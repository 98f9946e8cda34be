package uk.dsp.inventory.interfaces.duis;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.dsp.inventory.interfaces.operations.CounterHistogram;

/**
 * The DUIS endpoint's meters, all counters: requests answered by SR variant and response code
 * ({@code dsp_duis_requests_total}) with the seconds they took ({@code dsp_duis_request_seconds_total}, so that
 * rate(seconds) / rate(requests) is the mean latency), refusals before trust by HTTP status, and bulk returns with
 * their CHs, also as a histogram of CHs per request.
 */
@ApplicationScoped
public class DuisMeters {

    private static final CounterHistogram BULK_SIZES =
            new CounterHistogram("dsp.duis.bulk.request.chs", 1, 10, 50, 100, 250, 500, 999);

    @Inject
    MeterRegistry registry;

    void answered(String variant, String responseCode, long startNanos) {
        registry.counter("dsp.duis.requests", "variant", variant, "code", responseCode)
                .increment();
        registry.counter("dsp.duis.request.seconds", "variant", variant)
                .increment((System.nanoTime() - startNanos) / 1e9);
    }

    void refused(int httpStatus) {
        registry.counter("dsp.duis.refused", "status", String.valueOf(httpStatus))
                .increment();
    }

    void bulkReturn(int chs) {
        registry.counter("dsp.duis.bulk.requests").increment();
        registry.counter("dsp.duis.bulk.chs").increment(chs);
        BULK_SIZES.record(registry, chs);
    }
}
