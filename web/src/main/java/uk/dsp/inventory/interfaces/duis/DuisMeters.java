package uk.dsp.inventory.interfaces.duis;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import uk.dsp.inventory.contract.duis.ResponseCode;
import uk.dsp.inventory.duis.control.ServiceRequestRoutes;
import uk.dsp.inventory.interfaces.operations.HttpMeters;

/**
 * The DUIS endpoint's meters: requests answered by SR variant and response code, their latency by variant as a
 * histogram, refusals before trust by HTTP status, and the CHs of each bulk return as a histogram. Every series is at
 * 0 from the deployment on, so that a first refusal is counted by {@code rate()} as any other.
 */
@ApplicationScoped
public class DuisMeters {

    /** The HTTP statuses the endpoint refuses with (DuisRefused and DuisAnswer.refused). */
    static final List<String> REFUSAL_STATUSES = List.of("400", "401", "403", "409", "413", "503");

    @Inject
    ServiceRequestRoutes routes;

    private Counter requests;
    private Histogram seconds;
    private Counter refused;
    private Histogram bulkSizes;

    @PostConstruct
    void register() {
        PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        requests = Counter.builder()
                .name("dsp_duis_requests_total")
                .help("DUIS Service Requests answered, by SR variant and DUIS response code")
                .labelNames("variant", "code")
                .register(registry);
        seconds = Histogram.builder()
                .name("dsp_duis_request_duration_seconds")
                .help("DUIS Service Requests' latency until answered, by SR variant")
                .labelNames("variant")
                .classicUpperBounds(HttpMeters.SECONDS)
                .classicOnly()
                .register(registry);
        refused = Counter.builder()
                .name("dsp_duis_refused_requests_total")
                .help("DUIS requests refused before any Service Request's rules, by HTTP status")
                .labelNames("status")
                .register(registry);
        bulkSizes = Histogram.builder()
                .name("dsp_duis_bulk_return_chs")
                .help("Communications Hubs in each bulk return (SR 8.14.3 and 8.14.4 in the DSP's list form)")
                .classicUpperBounds(1, 10, 50, 100, 250, 500, 999)
                .classicOnly()
                .register(registry);
        for (String variant : routes.variants()) {
            seconds.initLabelValues(variant);
            for (ResponseCode code : ResponseCode.values()) {
                requests.initLabelValues(variant, code.value());
            }
        }
        REFUSAL_STATUSES.forEach(refused::initLabelValues);
    }

    void atDeployment(@Observes Startup startup) {}

    void answered(String variant, String responseCode, long startNanos) {
        requests.labelValues(variant, responseCode).inc();
        seconds.labelValues(variant).observe((System.nanoTime() - startNanos) / 1e9);
    }

    void refused(int httpStatus) {
        refused.labelValues(String.valueOf(httpStatus)).inc();
    }

    void bulkReturn(int chs) {
        bulkSizes.observe(chs);
    }
}
