package uk.dsp.inventory.incidents.control;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A device's install code, checked: a ZigBee / SEP 2 key of 6, 8, 12 or 16 bytes followed by its CRC-16/X-25, least
 * significant byte first, in upper-case hexadecimal without separators. GBCS devices use the 16-byte key (36 digits).
 * The code lets a device join a network, so {@link #toString()} never shows it; only {@link #value()} does.
 */
public record InstallCode(String value) {

    private static final Set<Integer> KEY_BYTES = Set.of(6, 8, 12, 16);
    private static final int CRC_BYTES = 2;
    // What people type between the digits when copying a code from a label
    private static final Pattern SEPARATORS = Pattern.compile("[\\s:-]");
    private static final Pattern HEX = Pattern.compile("[0-9A-F]+");

    /** Normalises {@code value} and refuses it unless it is a whole install code with a matching CRC. */
    public InstallCode {
        value = checked(value);
    }

    public static InstallCode parse(String text) {
        return new InstallCode(text);
    }

    @Override
    public String toString() {
        return "InstallCode[****]";
    }

    private static String checked(String text) {
        String digits =
                text == null ? "" : SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (digits.isEmpty()) {
            throw new InvalidInstallCode("an install code is required");
        }
        if (!HEX.matcher(digits).matches()) {
            throw new InvalidInstallCode("an install code has only the hexadecimal digits 0-9 and A-F, "
                    + "optionally separated by spaces, dashes or colons");
        }
        int bytes = digits.length() / 2;
        if (digits.length() % 2 != 0 || !KEY_BYTES.contains(bytes - CRC_BYTES)) {
            throw new InvalidInstallCode("an install code has 16, 20, 28 or 36 hexadecimal digits "
                    + "(36 for a GBCS device), not " + digits.length());
        }
        byte[] code = HexFormat.of().parseHex(digits);
        int keyBytes = bytes - CRC_BYTES;
        int expected = Crc16X25.of(code, 0, keyBytes);
        int stored = (code[keyBytes] & 0xFF) | (code[keyBytes + 1] & 0xFF) << 8;
        if (stored != expected) {
            throw new InvalidInstallCode("the install code's CRC does not match: check the digits");
        }
        return digits;
    }
}
