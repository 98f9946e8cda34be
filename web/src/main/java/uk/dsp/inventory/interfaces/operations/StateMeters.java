package uk.dsp.inventory.interfaces.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
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

    @Inject
    MeterRegistry registry;

    @EJB
    OutboxMeters outbox;

    @EJB
    IncidentMeters incidents;

    @EJB
    HousekeepingMeters housekeeping;

    private final Map<String, AtomicReference<Double>> values = new ConcurrentHashMap<>();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sample() {
        try {
            for (List<StateSample> samples : List.of(outbox.sample(), incidents.sample(), housekeeping.sample())) {
                samples.forEach(sample -> holder(sample).set(sample.value()));
            }
        } catch (RuntimeException e) {
            // The database may be down or not yet migrated: the meters keep their last values until it answers.
            LOG.fine(() -> "state meters not sampled: " + e);
        }
    }

    private AtomicReference<Double> holder(StateSample sample) {
        Tags tags = Tags.of(sample.tags().entrySet().stream()
                .map(tag -> Tag.of(tag.getKey(), tag.getValue()))
                .toList());
        return values.computeIfAbsent(sample.name() + tags, key -> {
            AtomicReference<Double> value = new AtomicReference<>(0.0);
            // The server's registry for applications exports what its own methods register (the builders'
            // register() would land in a private registry that nothing scrapes).
            if (sample.total()) {
                registry.more().counter(sample.name(), tags, value, AtomicReference::get);
            } else {
                registry.gauge(sample.name(), tags, value, AtomicReference::get);
            }
            return value;
        });
    }
}
