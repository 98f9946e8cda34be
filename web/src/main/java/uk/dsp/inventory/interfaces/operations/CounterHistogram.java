package uk.dsp.inventory.interfaces.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Prometheus histogram made of Micrometer counters: {@code <name>_total{le}} per bucket (cumulative, as Prometheus
 * buckets are; the exporter drops the reserved {@code _bucket}), {@code <name>_count_total} and
 * {@code <name>_sum_total}, so that {@code histogram_quantile(0.95, sum by (le) (rate(<name>_total[5m])))} works. WildFly's registry for applications refuses distribution settings (its {@code config()} is
 * unsupported, and a builder's {@code register()} lands where nothing scrapes), so a summary or timer would publish no
 * buckets.
 */
public final class CounterHistogram {

    private final String name;
    private final double[] bounds;
    private final String[] labels;
    /** Per tag set, its counters: looking them up in the registry on every request would search its meters 13 times. */
    private final Map<List<String>, Counter[]> series = new ConcurrentHashMap<>();

    public CounterHistogram(String name, double... bounds) {
        this.name = name;
        this.bounds = bounds.clone();
        Arrays.sort(this.bounds);
        this.labels = Arrays.stream(this.bounds).mapToObj(Double::toString).toArray(String[]::new);
    }

    public void record(MeterRegistry registry, double value, String... tags) {
        Counter[] counters = series.computeIfAbsent(List.of(tags), key -> register(registry, tags));
        counters[0].increment();
        counters[1].increment(value);
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                counters[2 + i].increment();
            }
        }
        counters[counters.length - 1].increment();
    }

    /** count, sum, one bucket per bound, then +Inf. */
    private Counter[] register(MeterRegistry registry, String... tags) {
        Tags base = Tags.of(tags);
        Counter[] counters = new Counter[bounds.length + 3];
        counters[0] = registry.counter(name + ".count", base);
        counters[1] = registry.counter(name + ".sum", base);
        for (int i = 0; i < bounds.length; i++) {
            counters[2 + i] = registry.counter(name + ".bucket", base.and("le", labels[i]));
        }
        counters[counters.length - 1] = registry.counter(name + ".bucket", base.and("le", "+Inf"));
        return counters;
    }
}
