package uk.dsp.inventory.reflash.control;

import java.util.Map;
import uk.dsp.inventory.firmware.control.FirmwareVersions;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Whether a party may send one CH for re-flash, in the order a person would fix them: it must be a CHF the SMI holds,
 * delivered to the party, Pending, never installed, in the party's stock, in no other open re-flash, and behind the
 * catalogue's latest firmware for its model. The monthly volume is counted over the whole request, elsewhere.
 */
public class CommsHubEligibility {

    private final Map<String, String> latestVersions;

    public CommsHubEligibility(Map<String, String> latestVersions) {
        this.latestVersions = latestVersions;
    }

    /** Null when the CH may go. */
    public ReflashRefusal refusal(Device chf, String partyId, boolean inOpenReflash) {
        if (chf == null) {
            return ReflashRefusal.NOT_IN_SMI;
        }
        if (chf.type() != DeviceType.CHF) {
            return ReflashRefusal.NOT_A_COMMS_HUB;
        }
        if (!partyId.equals(chf.deliveredToPartyId())) {
            return ReflashRefusal.NOT_YOURS;
        }
        if (chf.smiStatus() != SmiStatus.PENDING) {
            return ReflashRefusal.NOT_PENDING;
        }
        if (chf.installedAt() != null) {
            return ReflashRefusal.INSTALLED;
        }
        if (chf.logisticsStatus() != null && chf.logisticsStatus() != LogisticsStatus.DELIVERED) {
            return ReflashRefusal.NOT_IN_STOCK;
        }
        if (inOpenReflash) {
            return ReflashRefusal.IN_OPEN_REFLASH;
        }
        String latest = latestVersions.get(FirmwareRelease.key(chf.manufacturer(), chf.model()));
        if (latest == null) {
            return ReflashRefusal.NOT_IN_CATALOGUE;
        }
        if (chf.firmwareVersion() != null && FirmwareVersions.ORDER.compare(chf.firmwareVersion(), latest) >= 0) {
            return ReflashRefusal.ALREADY_LATEST;
        }
        return null;
    }
}
