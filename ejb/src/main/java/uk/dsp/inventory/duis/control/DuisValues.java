package uk.dsp.inventory.duis.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import javax.xml.datatype.XMLGregorianCalendar;
import uk.dsp.inventory.dcc.Eui64;

/** DUIS field values in the SMI's types. */
public final class DuisValues {

    private DuisValues() {}

    /** The schema allows lower-case hex and surrounding space; the SMI knows one spelling. */
    public static Eui64 eui64(String text) {
        return Eui64.parse(text.strip().toUpperCase());
    }

    public static Instant instant(XMLGregorianCalendar calendar) {
        return calendar == null ? null : calendar.toGregorianCalendar().toInstant();
    }

    public static OffsetDateTime dateTime(XMLGregorianCalendar calendar) {
        return calendar == null
                ? null
                : calendar.toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
    }
}
