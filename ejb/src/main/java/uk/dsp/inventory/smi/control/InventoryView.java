package uk.dsp.inventory.smi.control;

import java.time.LocalDate;
import uk.dsp.inventory.smi.entity.Device;

/**
 * One device as SR 8.2 shows it to one requester. The parties answerable for the device (its notifying party,
 * the party it was delivered to, its responsible supplier) see everything; any other Service User sees what
 * identifies the device and its technology, but not the meter points or commissioning date that tie it to
 * a premises.
 */
public record InventoryView(Device device, boolean full) {

    public static InventoryView of(Device device, String requesterId) {
        return new InventoryView(device, isAnswerableFor(device, requesterId));
    }

    public static boolean isAnswerableFor(Device device, String partyId) {
        return partyId.equals(device.notifyingPartyId())
                || partyId.equals(device.deliveredToPartyId())
                || partyId.equals(device.responsibleSupplierId());
    }

    public String importMpxn() {
        return full ? device.importMpxn() : null;
    }

    public String secondaryImportMpan() {
        return full ? device.secondaryImportMpan() : null;
    }

    public String exportMpan() {
        return full ? device.exportMpan() : null;
    }

    public LocalDate commissionedOn() {
        return full ? device.commissionedOn() : null;
    }
}
