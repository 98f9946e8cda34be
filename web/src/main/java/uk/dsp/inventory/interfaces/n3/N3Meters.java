package uk.dsp.inventory.interfaces.n3;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubsResponse;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.contract.n3.RecordOutcome;
import uk.dsp.inventory.contract.n3.RefusalCode;
import uk.dsp.inventory.interfaces.operations.HttpMeters;

/**
 * CSPM-N3's meters: calls' latency by outcome (accepted, refused, fault, unavailable: never by HTTP status, under
 * which SOAP 1.1 sends a refusal as a 500), refusals by their code, and records by reason code. Every series is at 0
 * from the deployment on.
 */
@ApplicationScoped
public class N3Meters {

    static final String ACCEPTED = "accepted";
    static final String REFUSED = "refused";
    static final String FAULT = "fault";
    static final String UNAVAILABLE = "unavailable";

    private Histogram seconds;
    private Counter refusals;
    private Counter records;

    @PostConstruct
    void register() {
        PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        seconds = Histogram.builder()
                .name("dsp_n3_call_duration_seconds")
                .help("CSPM-N3 calls' latency by outcome (accepted, refused: the caller's error, fault: the server's,"
                        + " unavailable: the database down)")
                .labelNames("outcome")
                .classicUpperBounds(HttpMeters.SECONDS)
                .classicOnly()
                .register(registry);
        refusals = Counter.builder()
                .name("dsp_n3_refused_calls_total")
                .help("CSPM-N3 calls refused as a whole, by refusal code")
                .labelNames("code")
                .register(registry);
        records = Counter.builder()
                .name("dsp_n3_records_total")
                .help("CSPM-N3 pre-notification records answered, by reason code")
                .labelNames("reason")
                .register(registry);
        List.of(ACCEPTED, REFUSED, FAULT, UNAVAILABLE).forEach(seconds::initLabelValues);
        for (RefusalCode code : RefusalCode.values()) {
            refusals.initLabelValues(code.value());
        }
        for (ReasonCode reason : ReasonCode.values()) {
            records.initLabelValues(reason.value());
        }
    }

    void atDeployment(@Observes Startup startup) {}

    void call(String outcome, long startNanos) {
        seconds.labelValues(outcome).observe((System.nanoTime() - startNanos) / 1e9);
    }

    void refused(RefusalCode code, long startNanos) {
        refusals.labelValues(code.value()).inc();
        call(REFUSED, startNanos);
    }

    void records(PreNotifyCommsHubsResponse response) {
        // Counted per reason first: a pallet is 896 records and few reasons.
        Map<ReasonCode, Long> byReason = response.getOutcome().stream()
                .collect(Collectors.groupingBy(RecordOutcome::getReasonCode, Collectors.counting()));
        byReason.forEach((reason, count) -> records.labelValues(reason.value()).inc(count));
    }
}
