package uk.dsp.inventory.interfaces.pages;

/**
 * How long a signed-in session may stay idle: the system property {@code dsp.ssi.session-timeout-seconds}, set by
 * configure-server.cli (900, 15 minutes) and changeable in the console; a new value applies from the next sign-in.
 */
final class SessionTimeout {

    private static final String PROPERTY = "dsp.ssi.session-timeout-seconds";

    private SessionTimeout() {}

    static int seconds() {
        String value = System.getProperty(PROPERTY);
        try {
            int seconds = Integer.parseInt(value == null ? "" : value.strip());
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(PROPERTY + " must be a positive number of seconds, not " + value);
    }
}
