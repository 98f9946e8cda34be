package uk.dsp.inventory.housekeeping.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.housekeeping.entity.HousekeepingSettings;
import uk.dsp.inventory.smi.entity.DeviceType;

class HousekeepingSettingsReaderTest {

    private final HousekeepingSettingsReader reader = new HousekeepingSettingsReader();

    @Test
    void withNothingSetKeepsCommsHubsAndDeletesAfterTwelveMonthsAtHalfPastTwo() {
        HousekeepingSettings settings = reader.read(name -> null);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.schedule()).isEqualTo("0 30 2 * * *");
        assertThat(settings.excludedTypes()).containsExactlyInAnyOrder(DeviceType.CHF, DeviceType.GPF);
        assertThat(settings.durationFor(DeviceType.ESME)).isEqualTo(Period.ofMonths(12));
        assertThat(settings.chunkSize()).isEqualTo(1000);
    }

    @Test
    void perTypeDurationsOverrideTheDefault() {
        HousekeepingSettings settings = reader.read(Map.of("durations", " ESME=P6M , IHD=P30D", "excluded-types", "")::get);

        assertThat(settings.durationFor(DeviceType.ESME)).isEqualTo(Period.ofMonths(6));
        assertThat(settings.durationFor(DeviceType.IHD)).isEqualTo(Period.ofDays(30));
        assertThat(settings.durationFor(DeviceType.CAD)).isEqualTo(Period.ofMonths(12));
        assertThat(settings.excludedTypes()).isEmpty();
    }

    @Test
    void refusesEachInvalidValueNamingTheProperty() {
        Map<String, String> invalid = Map.of("enabled", "yes", "schedule", "0 30 2 * *", "default-duration", "P0D",
                "durations", "ESME=P-1M", "excluded-types", "CHF,METER", "chunk-size", "100001");
        invalid.forEach((name, value) -> assertThatThrownBy(() -> reader.read(Map.of(name, value)::get))
                .isInstanceOf(InvalidHousekeepingSettings.class)
                .hasMessageContaining("dsp.housekeeping." + name));
    }
}
