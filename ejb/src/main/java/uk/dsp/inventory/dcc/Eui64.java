package uk.dsp.inventory.dcc;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An EUI-64 (a Device ID or a party ID) in DUIS notation, {@code 90-B3-D5-1F-30-01-00-00}.
 * The SMI stores it as the 64-bit number it is, which keeps its indexes small at tens of millions of devices.
 */
public record Eui64(long value) {

    private static final Pattern DUIS_NOTATION = Pattern.compile("[0-9A-F]{2}(-[0-9A-F]{2}){7}");

    public static Eui64 parse(String text) {
        if (text == null || !DUIS_NOTATION.matcher(text).matches()) {
            throw new IllegalArgumentException("not an EUI-64 in the form 90-B3-D5-1F-30-01-00-00: " + text);
        }
        return new Eui64(Long.parseUnsignedLong(text.replace("-", ""), 16));
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
