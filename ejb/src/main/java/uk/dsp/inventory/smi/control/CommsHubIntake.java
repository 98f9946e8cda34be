package uk.dsp.inventory.smi.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.dsp.inventory.firmware.control.FirmwareVersions;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Decides what one pre-notified Comms Hub does to the SMI, given what the SMI already holds of its
 * two Device IDs. A new CH enters as a Pending CHF and GPF; a known one is updated (the way a re-flashed
 * CH's firmware arrives, seed 003 option A), but only while Pending and only by the CSP that notified it.
 *
 * <p>Re-flash limits an update: a CH away for re-flash is updated only once its CSP has received it, and then its
 * firmware never goes back; a CH that was ever in a re-flash keeps the party it is delivered to. A CSP changes that
 * party only to correct its own delivery record of a CH still in the party's stock and never sent for re-flash.
 */
public class CommsHubIntake {

    /**
     * The outcome and the devices to add to the SMI (none unless it is new); {@code reflashed} when the update
     * brought the new firmware of a CH its CSP holds for re-flash.
     */
    public record Decision(OutcomeReason reason, List<Device> newDevices, boolean reflashed) {}

    public Decision decide(
            CommsHubPreNotification record,
            Device knownChf,
            Device knownGpf,
            boolean recipientKnown,
            ReflashHold hold,
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
            return new Decision(OutcomeReason.UNCHANGED, List.of(), false);
        }
        OutcomeReason reflashLimit = reflashLimit(record, knownChf, hold);
        if (reflashLimit != null) {
            return rejected(reflashLimit);
        }
        boolean newFirmware =
                !Objects.equals(knownChf.firmwareVersion(), record.details().firmwareVersion());
        knownChf.describe(record.details(), now);
        knownGpf.describe(record.details(), now);
        return new Decision(OutcomeReason.UPDATED, List.of(), newFirmware && hold.atCspForReflash());
    }

    private static OutcomeReason reflashLimit(CommsHubPreNotification record, Device chf, ReflashHold hold) {
        boolean away = chf.logisticsStatus() == LogisticsStatus.AWAY_FOR_REFLASH
                || chf.logisticsStatus() == LogisticsStatus.SCRAPPED;
        if (away && !hold.atCspForReflash()) {
            return OutcomeReason.AWAY_FOR_REFLASH;
        }
        if (hold.everRequested()
                && !Objects.equals(chf.deliveredToPartyId(), record.details().deliveredToPartyId())) {
            return OutcomeReason.PARTY_FIXED;
        }
        if (hold.atCspForReflash()
                && FirmwareVersions.isDowngrade(
                        chf.firmwareVersion(), record.details().firmwareVersion())) {
            return OutcomeReason.FIRMWARE_DOWNGRADE;
        }
        return null;
    }

    private static Decision created(CommsHubPreNotification record, String cspPartyId, Instant now) {
        Device gpf = new Device(record.gpfDeviceId(), DeviceType.GPF, cspPartyId, now);
        gpf.describe(record.details(), now);
        gpf.deliverAsCommsHub(null);
        Device chf = new Device(record.chfDeviceId(), DeviceType.CHF, cspPartyId, now);
        chf.describe(record.details(), now);
        chf.deliverAsCommsHub(record.gpfDeviceId());
        return new Decision(OutcomeReason.CREATED, List.of(gpf, chf), false);
    }

    private static Decision rejected(OutcomeReason reason) {
        return new Decision(reason, List.of(), false);
    }
}
