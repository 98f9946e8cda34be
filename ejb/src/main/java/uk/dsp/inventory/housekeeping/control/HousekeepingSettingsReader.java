package uk.dsp.inventory.housekeeping.control;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import uk.dsp.inventory.housekeeping.entity.HousekeepingSettings;
import uk.dsp.inventory.smi.entity.DeviceType;

/**
 * Reads and checks the housekeeping settings (system properties {@code dsp.housekeeping.*}, which the
 * administrator changes in the WildFly console or with jboss-cli). Anything it cannot use is refused with
 * a message naming the property and the value.
 */
public class HousekeepingSettingsReader {

    public static final String PREFIX = "dsp.housekeeping.";

    /**
     * {@code property} gives a setting's value by its name after the prefix, or null when it is not set. The
     * defaults are written once, in the server's configuration script ({@code configure-server.cli}); a setting
     * that is missing is refused like an invalid one.
     */
    public HousekeepingSettings read(UnaryOperator<String> property) {
        return new HousekeepingSettings(
                bool("enabled", required(property, "enabled")),
                ScheduleExpressions.check(required(property, "schedule")),
                period("default-duration", required(property, "default-duration")),
                durations(required(property, "durations")),
                types("excluded-types", required(property, "excluded-types")),
                chunkSize(required(property, "chunk-size")));
    }

    private static String required(UnaryOperator<String> property, String name) {
        String value = property.apply(name);
        if (value == null) {
            throw new InvalidHousekeepingSettings(
                    PREFIX + name + " is not set (configure-server.cli sets every setting)");
        }
        return value.strip();
    }

    private static boolean bool(String name, String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw invalid(name, value, "true or false");
        }
        return Boolean.parseBoolean(value);
    }

    static Period period(String name, String value) {
        try {
            Period period = Period.parse(value);
            if (period.isZero() || period.isNegative()) {
                throw invalid(name, value, "a duration above zero, e.g. P12M");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "an ISO-8601 period such as P12M or P365D");
        }
    }

    private static Map<DeviceType, Period> durations(String value) {
        Map<DeviceType, Period> durations = new EnumMap<>(DeviceType.class);
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] pair = entry.split("=");
            if (pair.length != 2) {
                throw invalid("durations", value, "TYPE=PERIOD pairs separated by commas, e.g. ESME=P6M,IHD=P3M");
            }
            durations.put(type("durations", pair[0].strip()), period("durations", pair[1].strip()));
        }
        return durations;
    }

    private static Set<DeviceType> types(String name, String value) {
        Set<DeviceType> types = EnumSet.noneOf(DeviceType.class);
        for (String type : value.split(",")) {
            if (!type.isBlank()) {
                types.add(type(name, type.strip()));
            }
        }
        return types;
    }

    private static DeviceType type(String name, String value) {
        try {
            return DeviceType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, "device types among ESME, GSME, GPF, CHF, HCALCS, PPMID, IHD, CAD");
        }
    }

    private static int chunkSize(String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= 100_000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid("chunk-size", value, "a whole number from 1 to 100000");
    }

    static InvalidHousekeepingSettings invalid(String name, String value, String expected) {
        return new InvalidHousekeepingSettings(PREFIX + name + " = '" + value + "' is not valid: expected " + expected);
    }
}
