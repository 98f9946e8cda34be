package uk.dsp.inventory.incidents.control;

/**
 * An install code that cannot be accepted. The message is meant for the person who typed it, and never repeats the
 * code: install codes must not reach logs.
 */
public class InvalidInstallCode extends RuntimeException {

    public InvalidInstallCode(String message) {
        super(message);
    }
}
