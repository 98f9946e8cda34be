package uk.dsp.inventory.smi.control;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.smi.entity.Device;

/**
 * The one place that changes a device's SMI status. It checks a {@link StatusChange} against the device and
 * the party asking, in the order of DUIS (unknown device, wrong type, not authorised, status), and applies it.
 */
public class DeviceLifecycle {

    private static final Set<Role> HUB_SUPPLIER_ROLES = EnumSet.of(Role.IS, Role.GS);

    /** {@code requester} is null when the DSP itself acts (housekeeping). */
    public SmiOutcome check(StatusChange change, Device device, Originator requester) {
        if (device == null) {
            return SmiOutcome.NOT_IN_INVENTORY;
        }
        if (!change.appliesTo(device.type())) {
            return SmiOutcome.WRONG_DEVICE_TYPE;
        }
        if (!mayCause(change.authority(), device, requester)) {
            return SmiOutcome.NOT_AUTHORISED;
        }
        return change.startsFrom(device.smiStatus()) ? SmiOutcome.ACCEPTED : SmiOutcome.STATUS_NOT_ALLOWED;
    }

    /** Moves the device to the change's status; a change that removes the device is the caller's to carry out. */
    public void apply(StatusChange change, Device device, Instant now) {
        if (change.to() == null) {
            throw new IllegalArgumentException(change + " removes the device from the SMI");
        }
        device.moveTo(change.to(), now);
    }

    private static boolean mayCause(StatusChange.Authority authority, Device device, Originator requester) {
        if (authority == StatusChange.Authority.DSP || requester == null) {
            return authority == StatusChange.Authority.DSP && requester == null;
        }
        String party = requester.partyId();
        return switch (authority) {
            case NOTIFYING_PARTY -> party.equals(device.notifyingPartyId());
            case RESPONSIBLE_SUPPLIER -> party.equals(device.responsibleSupplierId());
            case HUB_SUPPLIER ->
                requester.holdsAnyOf(HUB_SUPPLIER_ROLES)
                        && (party.equals(device.deliveredToPartyId()) || party.equals(device.responsibleSupplierId()));
            case DSP -> false;
        };
    }
}
