package uk.dsp.inventory.interfaces.duis;

import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.RequestId;

/** Checks of a request's header that come before its signature is trusted. */
public final class DuisRequests {

    private DuisRequests() {
    }

    public static RequestId requestId(String text) {
        try {
            return RequestId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DuisRefused(400, e.getMessage());
        }
    }

    /** Non-device SRs are addressed to the DSP itself. */
    public static void checkTarget(RequestId requestId) {
        String dsp = DspParty.id();
        if (!requestId.target().toString().equals(dsp)) {
            throw new DuisRefused(400, "the RequestID is addressed to " + requestId.target() + ", not to this DSP (" + dsp + ")");
        }
    }
}
