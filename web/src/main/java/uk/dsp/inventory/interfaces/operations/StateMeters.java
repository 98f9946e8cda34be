package uk.dsp.inventory.interfaces.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.StateSample;
import uk.dsp.inventory.housekeeping.boundary.HousekeepingMeters;
import uk.dsp.inventory.incidents.boundary.IncidentMeters;
import uk.dsp.inventory.platform.messaging.OutboxMeters;

/**
 * Every 15 seconds, the system's state as the core reads it from the database (the outbox, incidents, housekeeping
 * and alerts), published as meters: a level as a gauge, a growing total as a counter. Each meter is registered on its
 * first value and its value is held here, strongly: Micrometer keeps only a weak reference to a gauge's object.
 */
@Singleton
public class StateMeters {

    private static final Logger LOG = Logger.getLogger(StateMeters.class.getName());

    /** 1 while the last sampling read the database, 0 when it could not. */
    private static final StateSample DATABASE_UP = StateSample.level("dsp.database.up", 1.0);

    @Inject
    MeterRegistry registry;

    @EJB
    OutboxMeters outbox;

    @EJB
    IncidentMeters incidents;

    @EJB
    HousekeepingMeters housekeeping;

    private final Map<String, Published> values = new ConcurrentHashMap<>();

    /** A meter this deployment registered, and the value it reads. */
    private record Published(String name, Tags tags, AtomicReference<Double> value) {}

    /**
     * Without a transaction of its own: each reader has its own, so a failed one (the database down) is caught here
     * rather than rolling back the timer's, which the container would log with a stack trace and run again.
     */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sample() {
        try {
            for (List<StateSample> samples : List.of(outbox.sample(), incidents.sample(), housekeeping.sample())) {
                samples.forEach(sample -> published(sample).value().set(sample.value()));
            }
            published(DATABASE_UP).value().set(1.0);
        } catch (RuntimeException e) {
            // The database may be down or not yet migrated: the meters keep their last values until it answers, and
            // dsp_database_up says which it is (an alert rule's, docs/prometheus).
            published(DATABASE_UP).value().set(0.0);
            LOG.fine(() -> "state meters not sampled: " + e);
        }
    }

    /** The meters go with the deployment: a redeployed one registers its own. */
    @PreDestroy
    void removeMeters() {
        values.values().forEach(meter -> remove(meter.name(), meter.tags()));
        values.clear();
    }

    private void remove(String name, Tags tags) {
        registry.find(name).tags(tags).meters().forEach(registry::remove);
    }

    private Published published(StateSample sample) {
        Tags tags = Tags.of(sample.tags().entrySet().stream()
                .map(tag -> Tag.of(tag.getKey(), tag.getValue()))
                .toList());
        return values.computeIfAbsent(sample.name() + tags, key -> {
            AtomicReference<Double> value = new AtomicReference<>(0.0);
            // The server's registry outlives a deployment and returns a meter already registered under the same
            // name and tags, holding a value of an undeployed application: that one goes first.
            remove(sample.name(), tags);
            // The server's registry for applications exports what its own methods register (the builders'
            // register() would land in a private registry that nothing scrapes).
            if (sample.total()) {
                registry.more().counter(sample.name(), tags, value, AtomicReference::get);
            } else {
                registry.gauge(sample.name(), tags, value, AtomicReference::get);
            }
            return new Published(sample.name(), tags, value);
        });
    }
}
