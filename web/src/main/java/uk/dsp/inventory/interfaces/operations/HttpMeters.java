package uk.dsp.inventory.interfaces.operations;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.List;

/**
 * Every HTTP request's latency by endpoint and status class ({@code dsp_http_request_duration_seconds}), every
 * series at 0 from the deployment on, so that the first request of each is counted by {@code rate()}.
 */
@ApplicationScoped
public class HttpMeters {

    /** The latency buckets of every histogram in seconds, from a 5-ms read to a 10-s bulk request. */
    public static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    static final List<String> ENDPOINTS =
            List.of("duis", "cspm-n3", "admin-api", "self-service-api", "ssmi-pages", "ssi-pages", "other");
    static final List<String> STATUSES = List.of("2xx", "3xx", "4xx", "5xx");

    private Histogram seconds;

    @PostConstruct
    void register() {
        seconds = Histogram.builder()
                .name("dsp_http_request_duration_seconds")
                .help(
                        "HTTP requests' latency by endpoint and status class (a request its endpoint refused counts as 4xx)")
                .labelNames("endpoint", "status")
                .classicUpperBounds(SECONDS)
                .classicOnly()
                .register(PrometheusRegistry.defaultRegistry);
        for (String endpoint : ENDPOINTS) {
            for (String status : STATUSES) {
                seconds.initLabelValues(endpoint, status);
            }
        }
    }

    void atDeployment(@Observes Startup startup) {}

    void record(String endpoint, String status, long startNanos) {
        seconds.labelValues(endpoint, status).observe((System.nanoTime() - startNanos) / 1e9);
    }
}
