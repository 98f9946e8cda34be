package uk.dsp.inventory.housekeeping.boundary;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.List;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * Housekeeping's events on this node, counted as they happen (after their transaction committed): runs by how they
 * ended, devices deleted by type, N8 alerts raised. Every series starts at 0 at deployment, so that the first run, the
 * first REFUSED one above all, is counted by {@code increase()}; a purge of the run records takes nothing away.
 */
@ApplicationScoped
public class HousekeepingCounters {

    /** How a run ends; RUNNING is no end. */
    static final List<String> ENDINGS = List.of("COMPLETED", "FAILED", "REFUSED", "DISABLED");

    private Counter runs;
    private Counter deleted;
    private Counter alerts;

    /** In the bean, not in a field's initialiser: the container's proxy of the bean is an instance of its class too. */
    @PostConstruct
    void register() {
        runs = Counter.builder()
                .name("dsp_housekeeping_runs_total")
                .help("Housekeeping runs this node ended, by status (COMPLETED, FAILED, REFUSED, DISABLED)")
                .labelNames("status")
                .register(PrometheusRegistry.defaultRegistry);
        deleted = Counter.builder()
                .name("dsp_housekeeping_deleted_devices_total")
                .help("Devices housekeeping deleted on this node, by device type")
                .labelNames("type")
                .register(PrometheusRegistry.defaultRegistry);
        alerts = Counter.builder()
                .name("dsp_housekeeping_alerts_total")
                .help("N8 alerts raised by housekeeping on this node")
                .register(PrometheusRegistry.defaultRegistry);
        ENDINGS.forEach(runs::initLabelValues);
        for (DeviceType type : DeviceType.values()) {
            deleted.initLabelValues(type.name());
        }
    }

    /** Made at deployment, not at the first run, so that every series is there from the start. */
    void atDeployment(@Observes Startup startup) {}

    void ended(String status) {
        runs.labelValues(status).inc();
    }

    void chunk(DeviceType type, int devices, int alertsRaised) {
        deleted.labelValues(type.name()).inc(devices);
        alerts.inc(alertsRaised);
    }
}
