package uk.dsp.inventory.smi.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Decides what one pre-notified Comms Hub does to the SMI, given what the SMI already holds of its
 * two Device IDs. A new CH enters as a Pending CHF and GPF; a known one is updated (the way a re-flashed
 * CH's firmware arrives, seed 003 option A), but only while Pending and only by the CSP that notified it.
 */
public class CommsHubIntake {

    /** The outcome and the devices to add to the SMI (none unless it is new). */
    public record Decision(OutcomeReason reason, List<Device> newDevices) {}

    public Decision decide(
            CommsHubPreNotification record,
            Device knownChf,
            Device knownGpf,
            boolean recipientKnown,
            String cspPartyId,
            Instant now) {
        if (!recipientKnown) {
            return rejected(OutcomeReason.UNKNOWN_RECIPIENT);
        }
        if (knownChf == null) {
            return knownGpf == null ? created(record, cspPartyId, now) : rejected(OutcomeReason.DEVICE_ID_IN_USE);
        }
        if (knownChf.type() != DeviceType.CHF || (knownGpf != null && knownGpf.type() != DeviceType.GPF)) {
            return rejected(OutcomeReason.DEVICE_ID_IN_USE);
        }
        if (knownGpf == null || !record.gpfDeviceId().equals(knownChf.gpfDeviceId())) {
            return rejected(OutcomeReason.GPF_MISMATCH);
        }
        if (!cspPartyId.equals(knownChf.notifyingPartyId())) {
            return rejected(OutcomeReason.OTHER_CSP);
        }
        if (knownChf.smiStatus() != SmiStatus.PENDING || knownGpf.smiStatus() != SmiStatus.PENDING) {
            return rejected(OutcomeReason.NOT_PENDING);
        }
        if (Objects.equals(knownChf.commsHubDetails(), record.details())
                && Objects.equals(knownGpf.commsHubDetails(), record.details())) {
            return new Decision(OutcomeReason.UNCHANGED, List.of());
        }
        knownChf.describe(record.details(), now);
        knownGpf.describe(record.details(), now);
        return new Decision(OutcomeReason.UPDATED, List.of());
    }

    private static Decision created(CommsHubPreNotification record, String cspPartyId, Instant now) {
        Device gpf = new Device(record.gpfDeviceId(), DeviceType.GPF, cspPartyId, now);
        gpf.describe(record.details(), now);
        gpf.deliverAsCommsHub(null);
        Device chf = new Device(record.chfDeviceId(), DeviceType.CHF, cspPartyId, now);
        chf.describe(record.details(), now);
        chf.deliverAsCommsHub(record.gpfDeviceId());
        return new Decision(OutcomeReason.CREATED, List.of(gpf, chf));
    }

    private static Decision rejected(OutcomeReason reason) {
        return new Decision(reason, List.of());
    }
}
