package uk.dsp.inventory.duis.control.smi;

import uk.dsp.inventory.contract.duis.UpdateDeviceDetails;
import uk.dsp.inventory.contract.duis.UpdateInventory;
import uk.dsp.inventory.smi.control.InventoryUpdate;
import uk.dsp.inventory.smi.control.StatusChange;
import uk.dsp.inventory.smi.entity.ServiceUserDeviceDetails;

/** Which update a schema-valid SR 8.4 asks for, in the terms of the lifecycle table. */
final class InventoryUpdateReader {

    private InventoryUpdateReader() {}

    static InventoryUpdate of(UpdateInventory body) {
        if (body.getUpdateDeviceStatusExceptCH() != null) {
            return new InventoryUpdate.StatusUpdate(
                    switch (body.getUpdateDeviceStatusExceptCH()) {
                        case PENDING -> StatusChange.MARK_DEVICE_PENDING;
                        case INSTALLED_NOT_COMMISSIONED -> StatusChange.MARK_DEVICE_INSTALLED;
                    });
        }
        if (body.getUpdateDeviceStatusCH() != null) {
            return new InventoryUpdate.StatusUpdate(
                    switch (body.getUpdateDeviceStatusCH()) {
                        case COMMISSIONED -> StatusChange.MARK_HUB_COMMISSIONED;
                        case WITHDRAWN -> StatusChange.WITHDRAW_HUB;
                        case INSTALLED_NOT_COMMISSIONED -> StatusChange.MARK_HUB_NOT_COMMISSIONED;
                    });
        }
        if (body.getUpdateDeviceDetails() != null) {
            UpdateDeviceDetails details = body.getUpdateDeviceDetails();
            return new InventoryUpdate.DetailsUpdate(new ServiceUserDeviceDetails(
                    details.getDeviceManufacturer(),
                    details.getDeviceModel(),
                    details.getSMETSCHTSVersion(),
                    details.getFirmwareVersion(),
                    details.getESMEVariant() == null
                            ? null
                            : details.getESMEVariant().value()));
        }
        if (body.getUpdateMPxN() != null) {
            return new InventoryUpdate.MeterPointsUpdate(
                    body.getUpdateMPxN().getImportMPxN(),
                    body.getUpdateMPxN().getSecondaryImportMPAN(),
                    body.getUpdateMPxN().getExportMPAN());
        }
        return new InventoryUpdate.Deletion();
    }
}
