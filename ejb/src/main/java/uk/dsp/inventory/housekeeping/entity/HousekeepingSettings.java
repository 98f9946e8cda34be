package uk.dsp.inventory.housekeeping.entity;

import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * What one housekeeping run works with, as read from the server's system properties at its start: whether
 * deletion is on, the schedule, how long each device type may stay Pending, the types never deleted, and
 * how many devices one transaction deletes.
 */
public record HousekeepingSettings(
        boolean enabled,
        String schedule,
        Period defaultDuration,
        Map<DeviceType, Period> durations,
        Set<DeviceType> excludedTypes,
        int chunkSize) {

    public Period durationFor(DeviceType type) {
        return durations.getOrDefault(type, defaultDuration);
    }

    /** The settings as the run record keeps them. */
    public String describe() {
        return "enabled=" + enabled + "; schedule=" + schedule + "; default-duration=" + defaultDuration
                + "; durations=" + new TreeMap<>(durations) + "; excluded-types=" + new TreeSet<>(excludedTypes)
                + "; chunk-size=" + chunkSize;
    }
}
