package uk.dsp.inventory.firmware.control;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Orders firmware versions as their makers number them: split at dots, spaces, hyphens and underscores, numeric
 * parts compared as numbers (so 1.10 follows 1.9) and the others as text, ignoring case; a version that is a prefix
 * of another comes first. The CSPM-N3 schema's own pattern (letters, digits and those separators, 40 characters at
 * most) is what a version must look like.
 */
public final class FirmwareVersions {

    public static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z ._\\-]{0,39}");

    public static final Comparator<String> ORDER = FirmwareVersions::compare;

    private static final Pattern SEPARATORS = Pattern.compile("[ ._\\-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private FirmwareVersions() {}

    public static boolean isValid(String version) {
        return version != null && FORMAT.matcher(version).matches();
    }

    /** True when {@code candidate} is older than {@code current}: a re-flash never goes back. */
    public static boolean isDowngrade(String current, String candidate) {
        return current != null && compare(candidate, current) < 0;
    }

    static int compare(String a, String b) {
        String[] left = SEPARATORS.split(a.strip());
        String[] right = SEPARATORS.split(b.strip());
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = comparePart(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        boolean numberA = DIGITS.matcher(a).matches();
        boolean numberB = DIGITS.matcher(b).matches();
        if (numberA && numberB) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1; // a number sorts before a word: 1.0.2 before 1.0.beta
        }
        return a.compareToIgnoreCase(b);
    }
}
