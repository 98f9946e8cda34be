package uk.dsp.inventory.it.support;

import java.util.concurrent.ThreadLocalRandom;
import uk.dsp.inventory.dcc.Eui64;

/** Fresh random EUI-64s, so that tests sharing one database never collide. */
public final class Eui64s {

    private Eui64s() {}

    public static String random() {
        return format(ThreadLocalRandom.current().nextLong());
    }

    /** The DUIS notation of a number, e.g. the GPF that follows a CHF. */
    public static String format(long value) {
        return new Eui64(value).toString();
    }

    public static long value(String eui64) {
        return Eui64.parse(eui64).value();
    }
}
