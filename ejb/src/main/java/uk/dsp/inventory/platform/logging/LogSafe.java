package uk.dsp.inventory.platform.logging;

/**
 * Text a caller wrote (a user name, a party ID sent with HTTP Basic), made fit for one line of the log: printable
 * ASCII only, so that a line break or a terminal escape in it cannot forge a line or hide one, and cut short, so
 * that a caller cannot make the line as long as it likes.
 */
public final class LogSafe {

    public static final int MAX_CHARACTERS = 120;

    private LogSafe() {}

    public static String text(String claimed) {
        String printable = String.valueOf(claimed).replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > MAX_CHARACTERS ? printable.substring(0, MAX_CHARACTERS) + "..." : printable;
    }
}
