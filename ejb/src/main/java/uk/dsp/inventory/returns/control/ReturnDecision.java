package uk.dsp.inventory.returns.control;

import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.dcc.Eui64;

/** The outcome for one CH of a request, in the request's order. */
public record ReturnDecision(Eui64 deviceId, ReturnOutcome outcome) {

    public boolean accepted() {
        return outcome == ReturnOutcome.ACCEPTED;
    }
}
