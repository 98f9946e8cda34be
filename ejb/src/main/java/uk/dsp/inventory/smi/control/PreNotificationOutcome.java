package uk.dsp.inventory.smi.control;

import uk.dsp.inventory.dcc.Eui64;

/** What became of one pre-notified Comms Hub. */
public record PreNotificationOutcome(Eui64 chfDeviceId, OutcomeReason reason) {

    public boolean accepted() {
        return reason.accepted();
    }
}
