package uk.dsp.inventory.dcc;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An EUI-64 (a Device ID or a party ID) in DUIS notation, {@code 90-B3-D5-1F-30-01-00-00}.
 * The SMI stores it as the 64-bit number it is, which keeps its indexes small at tens of millions of devices.
 */
public record Eui64(long value) {

    /** What the people's pages and APIs show when an ID they typed is not one. */
    public static final String EXAMPLE = "00-DB-12-34-56-78-90-A0";

    private static final Pattern DUIS_NOTATION = Pattern.compile("[0-9A-F]{2}(-[0-9A-F]{2}){7}");

    public static Eui64 parse(String text) {
        if (text == null || !DUIS_NOTATION.matcher(text).matches()) {
            throw new IllegalArgumentException("not an EUI-64 in the form 90-B3-D5-1F-30-01-00-00: " + text);
        }
        return new Eui64(Long.parseUnsignedLong(text.replace("-", ""), 16));
    }

    /** An ID as a person types or pastes it: spaces around it and lower-case hex are theirs to use. */
    public static Optional<Eui64> typed(String text) {
        String normal = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return isValid(normal) ? Optional.of(parse(normal)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return text != null && DUIS_NOTATION.matcher(text).matches();
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
