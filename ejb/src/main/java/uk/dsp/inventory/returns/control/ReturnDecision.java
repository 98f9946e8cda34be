package uk.dsp.inventory.returns.control;

import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.returns.entity.ReturnOutcome;

/** The outcome for one CH of a request, in the request's order, with the return type asked for. */
public record ReturnDecision(Eui64 deviceId, ReturnOutcome outcome, String returnType) {

    public boolean accepted() {
        return outcome == ReturnOutcome.ACCEPTED;
    }
}
