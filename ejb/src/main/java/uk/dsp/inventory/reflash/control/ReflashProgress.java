package uk.dsp.inventory.reflash.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashStep;

/**
 * The moves of a CH that more than one door makes: its success (the CSP's result, or its new firmware arriving first
 * by CSPM-N3 or the file), charged once; and its new firmware recorded.
 */
@Dependent
public class ReflashProgress {

    @Inject
    ChargeLedger charges;

    @Inject
    ReflashHistory history;

    /** RECEIVED to REFLASHED, and its charge to the party that asked; nothing for a CH already REFLASHED. */
    public void succeeded(ReflashItem item, String requestParty, String by, String byParty, Instant at) {
        if (item.status() != ItemStatus.RECEIVED) {
            return;
        }
        item.moveTo(ItemStatus.REFLASHED, null, by, at);
        charges.charge(item, requestParty, at);
        history.record(
                item.requestId(),
                item.workOrderId(),
                item.deviceId().value(),
                by,
                byParty,
                ReflashStep.REFLASHED,
                null,
                at);
    }

    /** The new version the SMI now holds for the CH, and the door it came through: CSPM-N3 or the SSMI file. */
    public void firmwareRecorded(
            ReflashItem item, String version, String source, String by, String byParty, Instant at) {
        item.firmwareRecorded(version, source, by, at);
        history.record(
                item.requestId(),
                item.workOrderId(),
                item.deviceId().value(),
                by,
                byParty,
                ReflashStep.FIRMWARE_RECORDED,
                version + " by " + source,
                at);
    }
}
