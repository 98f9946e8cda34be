package uk.dsp.inventory.dcc;

/** The DSP's own EUI-64: the target of DUIS requests and the signer of responses and alerts (system property dsp.party-id). */
public final class DspParty {

    private static final String DEFAULT = "00-00-00-00-00-00-00-01";

    private DspParty() {
    }

    public static String id() {
        return System.getProperty("dsp.party-id", DEFAULT);
    }
}
