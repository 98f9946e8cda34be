package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people in the UK write them, in one field: 15/01/2027, 15-1-2027, 15.01.27, 15 Jan 2027, 15 January
 * 2027, or 2027-01-15 as the APIs write them; shown back, in fields and on every page, as 15/01/2027.
 */
@Named
@ApplicationScoped
public class UkDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d/M/"),
            pattern("d-M-"),
            pattern("d.M."),
            pattern("d M "),
            pattern("d MMM "),
            pattern("d MMMM "));

    /** Day and month as the pattern has them, then a year of four digits or two (this century's). */
    private static DateTimeFormatter pattern(String dayAndMonth) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(dayAndMonth)
                .optionalStart()
                .appendValue(ChronoField.YEAR, 4)
                .optionalEnd()
                .optionalStart()
                .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                .optionalEnd()
                .toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date the text names, if it names one. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String written = text.strip().replaceAll("\\s+", " ").replaceAll("(?i)^(\\d{1,2})(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(written, format));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return Optional.empty();
    }

    public static String shown(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** The pages' way to show a date: {@code #{ukDates.of(r.dueOn())}}, as the date fields take it back. */
    public String of(LocalDate date) {
        return shown(date);
    }

    /** An example for a field's hint or a refusal: a fortnight ahead, so that it is never a date already past. */
    public static String example() {
        return SHOWN.format(LocalDate.now(Clock.system(UK)).plusDays(14));
    }

    public String getExample() {
        return example();
    }
}
