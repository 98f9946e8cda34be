package uk.dsp.inventory.returns.control;

import java.util.List;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;
import uk.dsp.inventory.returns.entity.ReturnOutcome;

/** Every CH's outcome, and the outcome of the request as a whole. */
public record ReturnsResult(boolean bulk, List<ReturnDecision> decisions) implements ServiceRequestResult {

    public long acceptedCount() {
        return decisions.stream().filter(ReturnDecision::accepted).count();
    }

    /** Accepted when every CH was, partly accepted when some were, and the first CH's own outcome when none was. */
    @Override
    public Enum<?> outcome() {
        long accepted = acceptedCount();
        if (accepted == decisions.size()) {
            return ReturnOutcome.ACCEPTED;
        }
        return accepted > 0
                ? BulkReturnOutcome.PARTLY_ACCEPTED
                : decisions.get(0).outcome();
    }

    @Override
    public String detail() {
        return (bulk ? "bulk, " : "single, ") + decisions.size() + " CHs, " + acceptedCount() + " accepted";
    }

    @Override
    public List<DeviceOutcome> devices() {
        return decisions.stream()
                .map(d -> new DeviceOutcome(d.deviceId(), d.outcome(), d.returnType()))
                .toList();
    }
}
