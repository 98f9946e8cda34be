package uk.dsp.inventory.duis.control.returns;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import uk.dsp.inventory.contract.duis.DSPBulkCHReturnWarning;
import uk.dsp.inventory.contract.duis.FailedDeviceIDList;
import uk.dsp.inventory.duis.control.ResponseCodes;
import uk.dsp.inventory.returns.control.ReturnDecision;
import uk.dsp.inventory.returns.control.ReturnsResult;
import uk.dsp.inventory.returns.entity.ReturnOutcome;

/**
 * The DSPBulkCHReturnWarning of a bulk return: the counts, and the failed Device IDs in one comma-separated list
 * per kind of failure. The single form answers as DUIS has it, with no payload.
 */
final class ReturnsResponses {

    private static final Map<ReturnOutcome, BiConsumer<DSPBulkCHReturnWarning, FailedDeviceIDList>> LISTS =
            new EnumMap<>(Map.of(
                    ReturnOutcome.NOT_IN_INVENTORY, DSPBulkCHReturnWarning::setNotInInventoryDeviceIDList,
                    ReturnOutcome.NOT_COMMS_HUB, DSPBulkCHReturnWarning::setNotCommsHubDeviceIDList,
                    ReturnOutcome.NOT_AUTHORISED, DSPBulkCHReturnWarning::setNotAuthorisedDeviceIDList,
                    ReturnOutcome.INCOMPATIBLE_STATUS, DSPBulkCHReturnWarning::setIncompatibleStatusDeviceIDList,
                    ReturnOutcome.ALREADY_RETURNED, DSPBulkCHReturnWarning::setAlreadyReturnedDeviceIDList,
                    ReturnOutcome.GPF_MISMATCH, DSPBulkCHReturnWarning::setGPFMismatchDeviceIDList,
                    ReturnOutcome.DUPLICATE_DEVICE_ID, DSPBulkCHReturnWarning::setDuplicateDeviceIDList));

    private ReturnsResponses() {}

    static DSPBulkCHReturnWarning warning(ReturnsResult result) {
        DSPBulkCHReturnWarning warning = new DSPBulkCHReturnWarning();
        long accepted = result.acceptedCount();
        warning.setAcceptedCount(BigInteger.valueOf(accepted));
        warning.setRejectedCount(BigInteger.valueOf(result.decisions().size() - accepted));
        Map<ReturnOutcome, StringJoiner> failed = new EnumMap<>(ReturnOutcome.class);
        for (ReturnDecision decision : result.decisions()) {
            if (!decision.accepted()) {
                failed.computeIfAbsent(decision.outcome(), o -> new StringJoiner(","))
                        .add(decision.deviceId().toString());
            }
        }
        failed.forEach((outcome, ids) -> {
            FailedDeviceIDList list = new FailedDeviceIDList();
            list.setResponseCode(ResponseCodes.of(outcome));
            list.setValue(ids.toString());
            LISTS.get(outcome).accept(warning, list);
        });
        return warning;
    }
}
