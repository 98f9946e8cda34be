package uk.dsp.inventory.it.support;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh random EUI-64s, so that tests sharing one database never collide. */
public final class Eui64s {

    private Eui64s() {
    }

    public static String random() {
        return format(ThreadLocalRandom.current().nextLong());
    }

    /** The EUI-64 form of a number, e.g. the GPF that follows a CHF. */
    public static String format(long value) {
        String hex = HexFormat.of().withUpperCase().toHexDigits(value);
        StringBuilder eui = new StringBuilder(23);
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) {
                eui.append('-');
            }
            eui.append(hex, i, i + 2);
        }
        return eui.toString();
    }

    public static long value(String eui64) {
        return Long.parseUnsignedLong(eui64.replace("-", ""), 16);
    }
}
