package uk.dsp.inventory.housekeeping.control;

import jakarta.ejb.ScheduleExpression;
import java.util.regex.Pattern;

/**
 * The housekeeping schedule, written as the six fields of an EJB calendar expression:
 * {@code second minute hour dayOfMonth month dayOfWeek}, e.g. {@code 0 30 2 * * *} (daily at 02:30).
 * The container's timer service has the last word on each field's values.
 */
public final class ScheduleExpressions {

    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]+");

    private ScheduleExpressions() {}

    public static String check(String schedule) {
        String[] fields = schedule.strip().split("\\s+");
        if (fields.length != 6
                || !java.util.Arrays.stream(fields)
                        .allMatch(f -> FIELD.matcher(f).matches())) {
            throw HousekeepingSettingsReader.invalid(
                    "schedule",
                    schedule,
                    "six fields 'second minute hour dayOfMonth month dayOfWeek', e.g. '0 30 2 * * *'");
        }
        return String.join(" ", fields);
    }

    public static ScheduleExpression toExpression(String schedule) {
        String[] f = check(schedule).split(" ");
        return new ScheduleExpression()
                .second(f[0])
                .minute(f[1])
                .hour(f[2])
                .dayOfMonth(f[3])
                .month(f[4])
                .dayOfWeek(f[5]);
    }
}
