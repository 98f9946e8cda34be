package uk.dsp.inventory.dcc;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An EUI-64 (a Device ID or a party ID) in DUIS notation, {@code 90-B3-D5-1F-30-01-00-00}.
 * The SMI stores it as the 64-bit number it is, which keeps its indexes small at tens of millions of devices.
 */
public record Eui64(long value) {

    /** What the people's pages and APIs show when an ID they typed is not one. */
    public static final String EXAMPLE = "00-DB-12-34-56-78-90-A0";

    /** Eight pairs of upper-case hex digits joined by hyphens: 23 characters. */
    private static final int LENGTH = 23;

    public static Eui64 parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not an EUI-64 in the form 90-B3-D5-1F-30-01-00-00: " + text);
        }
        long value = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i % 3 != 2) {
                value = value << 4 | Character.digit(text.charAt(i), 16);
            }
        }
        return new Eui64(value);
    }

    /** An ID as a person types or pastes it: spaces around it and lower-case hex are theirs to use. */
    public static Optional<Eui64> typed(String text) {
        String normal = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return isValid(normal) ? Optional.of(parse(normal)) : Optional.empty();
    }

    /**
     * Read character by character, not by a regular expression: a bulk request's 999 Device IDs are each parsed as
     * they are read, and the expression and the hyphens' removal showed in a profile of the bulk returns.
     */
    public static boolean isValid(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean valid = i % 3 == 2 ? c == '-' : (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        String hex = HexFormat.of().withUpperCase().toHexDigits(value);
        StringBuilder text = new StringBuilder(23);
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) {
                text.append('-');
            }
            text.append(hex, i, i + 2);
        }
        return text.toString();
    }
}
