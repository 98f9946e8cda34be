package uk.dsp.inventory.interfaces.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Arrays;

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

    public CounterHistogram(String name, double... bounds) {
        this.name = name;
        this.bounds = bounds.clone();
        Arrays.sort(this.bounds);
        this.labels = Arrays.stream(this.bounds).mapToObj(Double::toString).toArray(String[]::new);
    }

    public void record(MeterRegistry registry, double value, String... tags) {
        Tags base = Tags.of(tags);
        registry.counter(name + ".count", base).increment();
        registry.counter(name + ".sum", base).increment(value);
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                registry.counter(name + ".bucket", base.and("le", labels[i])).increment();
            }
        }
        registry.counter(name + ".bucket", base.and("le", "+Inf")).increment();
    }
}
