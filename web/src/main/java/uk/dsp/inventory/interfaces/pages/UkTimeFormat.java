package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as people in the UK read them on the pages: UK local date, as UkDates shows dates, and time to the minute. */
@Named("ukTime")
@ApplicationScoped
public class UkTimeFormat {

    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(ZoneId.of("Europe/London"));

    public String format(Instant instant) {
        return instant == null ? "" : UK.format(instant);
    }
}
