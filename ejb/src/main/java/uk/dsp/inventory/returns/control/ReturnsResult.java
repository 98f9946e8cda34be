package uk.dsp.inventory.returns.control;

import java.util.List;
import uk.dsp.inventory.returns.entity.ReturnOutcome;

/** Every CH's outcome, and the response code of the request as a whole. */
public record ReturnsResult(List<ReturnDecision> decisions) {

    public long acceptedCount() {
        return decisions.stream().filter(ReturnDecision::accepted).count();
    }

    /** I0 when every CH was accepted, W081401 when some were, and the first CH's own code when none was. */
    public String responseCode() {
        long accepted = acceptedCount();
        if (accepted == decisions.size()) {
            return ReturnOutcome.ACCEPTED.responseCode();
        }
        return accepted > 0 ? ReturnOutcome.PARTLY_ACCEPTED_CODE : decisions.get(0).outcome().responseCode();
    }
}
