package uk.dsp.inventory.interfaces.operations;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.StateSample;
import uk.dsp.inventory.housekeeping.boundary.HousekeepingMeters;
import uk.dsp.inventory.incidents.boundary.IncidentMeters;
import uk.dsp.inventory.platform.mail.MailMeters;
import uk.dsp.inventory.platform.messaging.OutboxMeters;

/**
 * Every 15 seconds, the system's state as the core reads it from the database (the outbox, incidents, alerts, failed mails), set
 * on gauges: levels, never totals, so that a purge or a second node cannot make a counter go down or count twice.
 */
@Singleton
public class StateMeters {

    private static final Logger LOG = Logger.getLogger(StateMeters.class.getName());

    /** 1 while the last sampling read the database, 0 when it could not. */
    private static final StateSample DATABASE_UP = StateSample.level(
            "dsp_database_up",
            "1 while this node's last sampling of the state read the database, 0 when it could not",
            1.0);

    @EJB
    OutboxMeters outbox;

    @EJB
    IncidentMeters incidents;

    @EJB
    HousekeepingMeters housekeeping;

    @EJB
    MailMeters mails;

    /** Each gauge by name, registered at its first sample. */
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

    /**
     * Without a transaction of its own: each reader has its own, so a failed one (the database down) is caught here
     * rather than rolling back the timer's, which the container would log with a stack trace and run again.
     */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sample() {
        try {
            for (List<StateSample> samples :
                    List.of(outbox.sample(), incidents.sample(), housekeeping.sample(), mails.sample())) {
                samples.forEach(this::set);
            }
            set(DATABASE_UP);
        } catch (RuntimeException e) {
            // The database may be down or not yet migrated: the gauges keep their last values until it answers, and
            // dsp_database_up says which it is (an alert rule's, docs/prometheus).
            set(new StateSample(DATABASE_UP.name(), DATABASE_UP.help(), DATABASE_UP.tags(), 0.0));
            LOG.fine(() -> "state meters not sampled: " + e);
        }
    }

    private void set(StateSample sample) {
        List<String> labels = List.copyOf(sample.tags().keySet());
        gauges.computeIfAbsent(
                        sample.name(),
                        name -> Gauge.builder()
                                .name(name)
                                .help(sample.help())
                                .labelNames(labels.toArray(String[]::new))
                                .register(PrometheusRegistry.defaultRegistry))
                .labelValues(labels.stream().map(sample.tags()::get).toArray(String[]::new))
                .set(sample.value());
    }
}
