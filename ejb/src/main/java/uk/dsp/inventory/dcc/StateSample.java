package uk.dsp.inventory.dcc;

import java.util.Map;

/**
 * One level of the system's state, read from the database, for the metrics (rows waiting, incidents open): a gauge,
 * with its help text. Events are counted where they happen, never as a table's count, which a purge would lower.
 */
public record StateSample(String name, String help, Map<String, String> tags, double value) {

    public static StateSample level(String name, String help, double value, String... tags) {
        return new StateSample(name, help, tagMap(tags), value);
    }

    private static Map<String, String> tagMap(String... namesAndValues) {
        return namesAndValues.length == 0 ? Map.of() : Map.of(namesAndValues[0], namesAndValues[1]);
    }
}
