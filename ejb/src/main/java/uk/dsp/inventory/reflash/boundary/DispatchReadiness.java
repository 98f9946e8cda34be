package uk.dsp.inventory.reflash.boundary;

import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.ReflashItem;

/** Whether a work order can be dispatched, and if not, what must happen first, for the refusal and the CSP's page. */
public final class DispatchReadiness {

    private DispatchReadiness() {}

    /**
     * What must happen before an order with these CHs can be dispatched, in a sentence: each CH's arrival and result,
     * and the new firmware of each re-flashed CH, which the SMI learns from the CSP's CSPM-N3 pre-notification of it or
     * from DCC Logistics' firmware file. Empty when nothing is left.
     */
    public static String stillToDo(long waiting, long unknownFirmware) {
        List<String> left = new ArrayList<>();
        if (waiting > 0) {
            left.add(waiting + (waiting == 1 ? " CH still waits" : " CHs still wait")
                    + " to be received or refused, or for its re-flash result");
        }
        if (unknownFirmware > 0) {
            left.add(unknownFirmware + (unknownFirmware == 1 ? " re-flashed CH's" : " re-flashed CHs'")
                    + " new firmware is not yet in the SMI: send it by CSPM-N3 (a pre-notification of the CH with"
                    + " its new version) or ask DCC Logistics to upload it in their firmware file");
        }
        return String.join("; ", left);
    }

    /** {@link #stillToDo(long, long)} for these CHs. */
    public static String stillToDo(List<ReflashItem> items) {
        return stillToDo(
                items.stream()
                        .filter(i -> i.status() == ItemStatus.AUTHORISED || i.status() == ItemStatus.RECEIVED)
                        .count(),
                items.stream()
                        .filter(i -> i.status() == ItemStatus.REFLASHED && i.firmwareAfter() == null)
                        .count());
    }
}
