package uk.dsp.inventory.duis.control;

/**
 * A document refused before it is authenticated, so the DSP makes no signed statement about it: answered
 * with an HTTP status and a plain-text reason, and nothing changes.
 */
public class DuisRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public DuisRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
