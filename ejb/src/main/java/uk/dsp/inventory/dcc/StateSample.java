package uk.dsp.inventory.dcc;

import java.util.Map;

/**
 * One value of the system's state, read from the database, for the metrics: a level ({@code total} false: rows
 * waiting, incidents open) or a total that only grows ({@code total} true: devices ever deleted).
 */
public record StateSample(String name, Map<String, String> tags, double value, boolean total) {

    public static StateSample level(String name, double value, String... tags) {
        return new StateSample(name, tagMap(tags), value, false);
    }

    public static StateSample total(String name, double value, String... tags) {
        return new StateSample(name, tagMap(tags), value, true);
    }

    private static Map<String, String> tagMap(String... namesAndValues) {
        return namesAndValues.length == 0 ? Map.of() : Map.of(namesAndValues[0], namesAndValues[1]);
    }
}
