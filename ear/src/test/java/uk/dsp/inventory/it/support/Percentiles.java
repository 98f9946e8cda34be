package uk.dsp.inventory.it.support;

import java.util.Collection;

/** Nearest-rank percentiles of measured times, for the benchmarks. */
public final class Percentiles {

    private Percentiles() {}

    public static double of(Collection<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return of(sorted, percent);
    }

    /** Of values sorted ascending. */
    public static double of(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
