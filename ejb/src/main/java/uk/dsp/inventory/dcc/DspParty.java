package uk.dsp.inventory.dcc;

/**
 * The DSP's own EUI-64: the target of DUIS requests and the signer of responses and alerts. It is the system
 * property {@code dsp.party-id}, which {@code configure-server.cli} sets from {@code DSP_PARTY_ID} or its default.
 */
public final class DspParty {

    private static final String PROPERTY = "dsp.party-id";

    private DspParty() {}

    public static String id() {
        String id = System.getProperty(PROPERTY);
        if (id == null) {
            throw new IllegalStateException(
                    "the system property " + PROPERTY + " is not set: configure-server.cli sets it");
        }
        return id;
    }
}
