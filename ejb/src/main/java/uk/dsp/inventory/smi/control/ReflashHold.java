package uk.dsp.inventory.smi.control;

/**
 * What a re-flash means to a CSP's update of a CH: whether a party ever asked to re-flash it (its delivered-to party
 * is then fixed, MP155-A-001), and whether its CSP holds it in an open work order (received, not yet dispatched), the
 * only time a new firmware version of it is taken as a re-flash's result.
 */
public record ReflashHold(boolean everRequested, boolean atCspForReflash) {

    public static final ReflashHold NONE = new ReflashHold(false, false);
}
