package uk.dsp.inventory.interfaces.duis;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The DUIS endpoint's meters: each answered request by SR variant and response code, with its latency
 * ({@code dsp_duis_request_seconds}), each refusal before trust by HTTP status, and the CHs per bulk return.
 */
@ApplicationScoped
public class DuisMeters {

    @Inject
    MeterRegistry registry;

    void answered(String variant, String responseCode, long startNanos) {
        Timer.builder("dsp.duis.request")
                .description("DUIS requests answered, by SR variant and response code")
                .tag("variant", variant)
                .tag("code", responseCode)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    void refused(int httpStatus) {
        registry.counter("dsp.duis.refused", "status", String.valueOf(httpStatus))
                .increment();
    }

    void bulkReturn(int chs) {
        DistributionSummary.builder("dsp.duis.bulk.chs")
                .description("CHs in each bulk return request")
                .serviceLevelObjectives(1, 10, 100, 500, 999)
                .register(registry)
                .record(chs);
    }
}
