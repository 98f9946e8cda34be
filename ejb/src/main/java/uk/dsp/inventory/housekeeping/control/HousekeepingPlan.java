package uk.dsp.inventory.housekeeping.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.housekeeping.entity.HousekeepingSettings;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * The device types a run goes through, each with its cutoff (the run's start less the type's duration):
 * CHFs first, GPFs last, so that a Comms Hub that is due goes as a whole; excluded types not at all.
 */
public final class HousekeepingPlan {

    private HousekeepingPlan() {}

    public record Step(DeviceType type, Instant cutoff) {}

    public static List<Step> of(HousekeepingSettings settings, Instant runStart) {
        List<DeviceType> order = new ArrayList<>(List.of(DeviceType.values()));
        order.remove(DeviceType.CHF);
        order.remove(DeviceType.GPF);
        order.add(0, DeviceType.CHF);
        order.add(DeviceType.GPF);
        List<Step> steps = new ArrayList<>();
        for (DeviceType type : order) {
            if (!settings.excludedTypes().contains(type)) {
                steps.add(new Step(
                        type,
                        runStart.atZone(ZoneOffset.UTC)
                                .minus(settings.durationFor(type))
                                .toInstant()));
            }
        }
        return steps;
    }
}
