package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as people in the UK read them on the pages: local date and time to the minute. */
@Named("ukTime")
@ApplicationScoped
public class UkTimeFormat {

    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/London"));

    public String format(Instant instant) {
        return instant == null ? "" : UK.format(instant);
    }
}
