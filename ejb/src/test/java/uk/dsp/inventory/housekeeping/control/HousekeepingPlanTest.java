package uk.dsp.inventory.housekeeping.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.housekeeping.entity.HousekeepingSettings;
import uk.dsp.inventory.smi.entity.DeviceType;

class HousekeepingPlanTest {

    @Test
    void goesThroughCommsHubFunctionsFirstAndGasProxiesLastSkippingExcludedTypes() {
        HousekeepingSettings settings = new HousekeepingSettings(
                true,
                "0 30 2 * * *",
                Period.ofMonths(12),
                Map.of(DeviceType.IHD, Period.ofDays(10)),
                EnumSet.of(DeviceType.CAD),
                1000);
        Instant start = Instant.parse("2026-11-25T02:30:00Z");

        var plan = HousekeepingPlan.of(settings, start);

        assertThat(plan)
                .extracting(HousekeepingPlan.Step::type)
                .startsWith(DeviceType.CHF)
                .endsWith(DeviceType.GPF)
                .doesNotContain(DeviceType.CAD)
                .hasSize(7);
        assertThat(plan)
                .filteredOn(step -> step.type() == DeviceType.IHD)
                .extracting(HousekeepingPlan.Step::cutoff)
                .containsExactly(Instant.parse("2026-11-15T02:30:00Z"));
        assertThat(plan)
                .filteredOn(step -> step.type() == DeviceType.ESME)
                .extracting(HousekeepingPlan.Step::cutoff)
                .containsExactly(Instant.parse("2025-11-25T02:30:00Z"));
    }
}
