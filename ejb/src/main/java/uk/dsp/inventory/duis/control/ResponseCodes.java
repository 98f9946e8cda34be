package uk.dsp.inventory.duis.control;

import static java.util.Map.entry;

import java.util.Map;
import uk.dsp.inventory.contract.duis.ResponseCode;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;
import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.smi.control.SmiOutcome;

/**
 * The one table from the domain's outcomes to DUIS response codes: the Service Audit Trail and every DUIS answer
 * take their code from here. The codes themselves are our DUIS schema's enumeration; the README's code tables are
 * checked against this table by its unit test.
 */
public final class ResponseCodes {

    private static final Map<Enum<?>, ResponseCode> CODES = Map.ofEntries(
            // SR 12.2, 8.2, 8.4, 8.14.1 and 8.14.2
            entry(SmiOutcome.ACCEPTED, ResponseCode.I_0),
            entry(SmiOutcome.NOT_IN_INVENTORY, ResponseCode.E_19),
            entry(SmiOutcome.WRONG_DEVICE_TYPE, ResponseCode.E_11),
            entry(SmiOutcome.NOT_AUTHORISED, ResponseCode.E_4),
            entry(SmiOutcome.STATUS_NOT_ALLOWED, ResponseCode.E_5),
            entry(SmiOutcome.ALREADY_RETURNED, ResponseCode.E_081401),
            entry(SmiOutcome.AWAY_FOR_REFLASH, ResponseCode.E_5),
            entry(SmiOutcome.NOTHING_AT_MPXN, ResponseCode.E_080202),
            entry(SmiOutcome.NOTHING_TO_UPDATE, ResponseCode.E_080405),
            entry(SmiOutcome.ALREADY_IN_INVENTORY, ResponseCode.E_120201),
            entry(SmiOutcome.COMMS_HUB_NOT_PRE_NOTIFIABLE, ResponseCode.E_120203),
            entry(SmiOutcome.NO_SUCH_GPF, ResponseCode.E_120204),
            // SR 8.14.3 and 8.14.4, each CH
            entry(ReturnOutcome.ACCEPTED, ResponseCode.I_0),
            entry(ReturnOutcome.NOT_IN_INVENTORY, ResponseCode.E_19),
            entry(ReturnOutcome.NOT_COMMS_HUB, ResponseCode.E_11),
            entry(ReturnOutcome.NOT_AUTHORISED, ResponseCode.E_4),
            entry(ReturnOutcome.INCOMPATIBLE_STATUS, ResponseCode.E_5),
            entry(ReturnOutcome.ALREADY_RETURNED, ResponseCode.E_081401),
            entry(ReturnOutcome.GPF_MISMATCH, ResponseCode.E_081402),
            entry(ReturnOutcome.DUPLICATE_DEVICE_ID, ResponseCode.E_081405),
            // any SR, refused by the endpoint as a whole
            entry(EndpointRefusal.NOT_A_SERVICE_USER, ResponseCode.E_4),
            // SR 8.14.3 and 8.14.4, a bulk request as a whole
            entry(BulkReturnOutcome.PARTLY_ACCEPTED, ResponseCode.W_081401),
            entry(BulkReturnOutcome.TOO_MANY_RECORDS, ResponseCode.E_081406));

    private ResponseCodes() {}

    public static ResponseCode of(Enum<?> outcome) {
        ResponseCode code = CODES.get(outcome);
        if (code == null) {
            throw new IllegalArgumentException("no DUIS response code for " + outcome);
        }
        return code;
    }

    /** Every outcome the table knows, for the checks of its completeness. */
    public static Map<Enum<?>, ResponseCode> table() {
        return CODES;
    }
}
