package uk.dsp.inventory.interfaces.n3;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubsResponse;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.contract.n3.RecordOutcome;

/**
 * CSPM-N3's meters, all counters: calls by outcome (answered, or the refusal's code) with the seconds they took
 * ({@code dsp_n3_calls_total}, {@code dsp_n3_call_seconds_total}), and records by reason code
 * ({@code dsp_n3_records_total}).
 */
@ApplicationScoped
public class N3Meters {

    @Inject
    MeterRegistry registry;

    void call(String outcome, long startNanos) {
        registry.counter("dsp.n3.calls", "outcome", outcome).increment();
        registry.counter("dsp.n3.call.seconds").increment((System.nanoTime() - startNanos) / 1e9);
    }

    void records(PreNotifyCommsHubsResponse response) {
        // Counted per reason first: a pallet is 896 records and few reasons, and a meter lookup is not free.
        Map<ReasonCode, Long> byReason = response.getOutcome().stream()
                .collect(Collectors.groupingBy(RecordOutcome::getReasonCode, Collectors.counting()));
        byReason.forEach((reason, count) ->
                registry.counter("dsp.n3.records", "reason", reason.value()).increment(count));
    }
}
