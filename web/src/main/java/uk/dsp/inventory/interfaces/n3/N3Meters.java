package uk.dsp.inventory.interfaces.n3;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubsResponse;
import uk.dsp.inventory.contract.n3.RecordOutcome;

/**
 * CSPM-N3's meters: each call by its outcome (answered, or the refusal's code), with its latency
 * ({@code dsp_n3_call_seconds}), and each record by its reason code ({@code dsp_n3_records_total}).
 */
@ApplicationScoped
public class N3Meters {

    @Inject
    MeterRegistry registry;

    void call(String outcome, long startNanos) {
        Timer.builder("dsp.n3.call")
                .description("CSPM-N3 calls, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    void records(PreNotifyCommsHubsResponse response) {
        for (RecordOutcome record : response.getOutcome()) {
            registry.counter("dsp.n3.records", "reason", record.getReasonCode().value())
                    .increment();
        }
    }
}
