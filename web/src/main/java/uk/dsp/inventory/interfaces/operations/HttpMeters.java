package uk.dsp.inventory.interfaces.operations;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every HTTP request's latency by endpoint and status class ({@code dsp_http_request_duration_seconds}), every
 * series at 0 from the deployment on, so that the first request of each is counted by {@code rate()}.
 */
@ApplicationScoped
public class HttpMeters {

    /** The latency buckets of every histogram in seconds, from a 5-ms read to a 10-s bulk request. */
    public static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    /**
     * The endpoints by the start of their path within the application, the first that matches; anything else is
     * "other". A few names, never the path itself, so that hostile paths cannot multiply the series.
     */
    private static final Map<String, String> ENDPOINTS = orderedMap(
            "/api/v1/serviceD", "duis",
            "/cspm/", "cspm-n3",
            "/api/admin/", "admin-api",
            "/api/v1/", "self-service-api",
            "/ssmi/", "ssmi-pages",
            "/ssi/", "ssi-pages");

    private static final String OTHER = "other";
    private static final List<String> STATUSES = List.of("2xx", "3xx", "4xx", "5xx");

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
        for (String endpoint : endpointNames()) {
            for (String status : STATUSES) {
                seconds.initLabelValues(endpoint, status);
            }
        }
    }

    void atDeployment(@Observes Startup startup) {}

    void record(String path, String status, long startNanos) {
        seconds.labelValues(endpoint(path), status).observe((System.nanoTime() - startNanos) / 1e9);
    }

    static String endpoint(String path) {
        return ENDPOINTS.entrySet().stream()
                .filter(endpoint -> path.startsWith(endpoint.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(OTHER);
    }

    private static List<String> endpointNames() {
        List<String> names = new ArrayList<>(ENDPOINTS.values());
        names.add(OTHER);
        return names;
    }

    private static Map<String, String> orderedMap(String... prefixesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < prefixesAndNames.length; i += 2) {
            map.put(prefixesAndNames[i], prefixesAndNames[i + 1]);
        }
        return map;
    }
}
