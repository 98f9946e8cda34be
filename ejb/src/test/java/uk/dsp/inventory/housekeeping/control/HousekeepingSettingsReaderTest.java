package uk.dsp.inventory.housekeeping.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.housekeeping.entity.HousekeepingSettings;
import uk.dsp.inventory.smi.entity.DeviceType;

class HousekeepingSettingsReaderTest {

    private final HousekeepingSettingsReader reader = new HousekeepingSettingsReader();

    /** The defaults, as the server's configuration script sets them. */
    private static final Map<String, String> CONFIGURED = configured();

    @Test
    void theConfiguredDefaultsKeepCommsHubsAndDeleteAfterTwelveMonthsAtHalfPastTwo() {
        HousekeepingSettings settings = reader.read(CONFIGURED::get);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.schedule()).isEqualTo("0 30 2 * * *");
        assertThat(settings.excludedTypes()).containsExactlyInAnyOrder(DeviceType.CHF, DeviceType.GPF);
        assertThat(settings.durationFor(DeviceType.ESME)).isEqualTo(Period.ofMonths(12));
        assertThat(settings.chunkSize()).isEqualTo(10_000);
    }

    @Test
    void perTypeDurationsOverrideTheDefault() {
        HousekeepingSettings settings =
                reader.read(with(Map.of("durations", " ESME=P6M , IHD=P30D", "excluded-types", ""))::get);

        assertThat(settings.durationFor(DeviceType.ESME)).isEqualTo(Period.ofMonths(6));
        assertThat(settings.durationFor(DeviceType.IHD)).isEqualTo(Period.ofDays(30));
        assertThat(settings.durationFor(DeviceType.CAD)).isEqualTo(Period.ofMonths(12));
        assertThat(settings.excludedTypes()).isEmpty();
    }

    @Test
    void refusesEachInvalidValueNamingTheProperty() {
        Map<String, String> invalid = Map.of(
                "enabled",
                "yes",
                "schedule",
                "0 30 2 * *",
                "default-duration",
                "P0D",
                "durations",
                "ESME=P-1M",
                "excluded-types",
                "CHF,METER",
                "chunk-size",
                "100001");
        invalid.forEach((name, value) -> assertThatThrownBy(() -> reader.read(with(Map.of(name, value))::get))
                .isInstanceOf(InvalidHousekeepingSettings.class)
                .hasMessageContaining("dsp.housekeeping." + name));
    }

    @Test
    void refusesAMissingSettingNamingTheProperty() {
        Map<String, String> settings = new HashMap<>(CONFIGURED);
        settings.remove("chunk-size");
        assertThatThrownBy(() -> reader.read(settings::get))
                .isInstanceOf(InvalidHousekeepingSettings.class)
                .hasMessageContaining("dsp.housekeeping.chunk-size is not set");
    }

    private static Map<String, String> with(Map<String, String> changes) {
        Map<String, String> settings = new HashMap<>(CONFIGURED);
        settings.putAll(changes);
        return settings;
    }

    private static Map<String, String> configured() {
        try {
            Matcher property = Pattern.compile(
                            "/system-property=dsp\\.housekeeping\\.([a-z-]+):add\\(value=\"?([^\")]*)\"?\\)")
                    .matcher(Files.readString(
                            Path.of("..", "wildfly-config", "src", "main", "cli", "configure-server.cli")));
            Map<String, String> settings = new HashMap<>();
            while (property.find()) {
                settings.put(property.group(1), property.group(2));
            }
            assertThat(settings).hasSize(6);
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
