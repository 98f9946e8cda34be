package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plain words for the codes the SMI keeps: statuses, steps, kinds and roles are shown as a sentence ("Install code
 * given"), not as the constant (INSTALL_CODE_GIVEN); the industry's abbreviations stay as they are written.
 */
@Named
@ApplicationScoped
public class Words {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "CH", "CHF", "CHS", "GPF", "CSP", "DCC", "DSMS", "DUIS", "ESME", "GSME", "IHD", "PPMID", "SMI", "ID");
    /** Codes whose plain words are not their own words in sentence case. */
    private static final Map<String, String> SPECIAL = Map.of(
            "SERVICE_USER_STAFF", "Service User's staff",
            "CSP_STAFF", "CSP's staff",
            "USER_ADMIN", "User administration",
            "WORK_ORDERS", "Work orders");

    /** The code in plain words; a collection of codes as a list in plain words; anything else as it is. */
    public String of(Object code) {
        if (code instanceof Collection<?> codes) {
            return codes.stream().map(this::of).collect(Collectors.joining(", "));
        }
        return code == null ? "" : plain(code.toString());
    }

    /** Codes that are words of the industry as they stand (a party's DUIS roles: IS, GS, CSP), listed. */
    public String codes(Collection<?> codes) {
        return codes == null ? "" : codes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The code in plain words within a sentence: "is now received". */
    public static String inSentence(Object code) {
        String plain = plain(String.valueOf(code));
        String first = plain.split(" ", 2)[0];
        return ABBREVIATIONS.contains(first) || plain.isEmpty()
                ? plain
                : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
    }

    static String plain(String code) {
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            return code;
        }
        String special = SPECIAL.get(code);
        if (special != null) {
            return special;
        }
        StringBuilder words = new StringBuilder();
        for (String word : code.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            String plain = ABBREVIATIONS.contains(word)
                    ? word
                    : word.toLowerCase(Locale.ROOT).replaceFirst("^reflash", "re-flash");
            words.append(words.length() == 0 ? capitalised(plain) : " " + plain);
        }
        return words.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
