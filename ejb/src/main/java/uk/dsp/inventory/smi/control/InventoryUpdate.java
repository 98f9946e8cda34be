package uk.dsp.inventory.smi.control;

import uk.dsp.inventory.smi.entity.ServiceUserDeviceDetails;

/** What an SR 8.4 Update Inventory asks for one device. */
public sealed interface InventoryUpdate {

    /** UpdateDeviceStatusExceptCH or UpdateDeviceStatusCH: a status change of the table. */
    record StatusUpdate(StatusChange change) implements InventoryUpdate {}

    record DetailsUpdate(ServiceUserDeviceDetails details) implements InventoryUpdate {}

    record MeterPointsUpdate(String importMpxn, String secondaryImportMpan, String exportMpan)
            implements InventoryUpdate {}

    record Deletion() implements InventoryUpdate {}
}
