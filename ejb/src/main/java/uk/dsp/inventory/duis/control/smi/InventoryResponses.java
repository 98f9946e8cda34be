package uk.dsp.inventory.duis.control.smi;

import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import uk.dsp.inventory.contract.duis.DSPInventory;
import uk.dsp.inventory.contract.duis.DeviceStatus;
import uk.dsp.inventory.contract.duis.DeviceType;
import uk.dsp.inventory.contract.duis.ESMEVariant;
import uk.dsp.inventory.smi.control.InventoryView;
import uk.dsp.inventory.smi.entity.Device;

/** SR 8.2's DSPInventory: each device with what the requester may see of it. */
final class InventoryResponses {

    private static final DatatypeFactory DATES = DatatypeFactory.newDefaultInstance();

    private InventoryResponses() {}

    static DSPInventory inventory(List<InventoryView> views) {
        DSPInventory inventory = new DSPInventory();
        views.forEach(view -> inventory.getDevice().add(device(view)));
        return inventory;
    }

    private static uk.dsp.inventory.contract.duis.Device device(InventoryView view) {
        Device device = view.device();
        uk.dsp.inventory.contract.duis.Device out = new uk.dsp.inventory.contract.duis.Device();
        out.setDeviceID(device.deviceId().toString());
        out.setDeviceType(DeviceType.fromValue(device.type().name()));
        out.setDeviceStatus(DeviceStatus.fromValue(device.smiStatus().duisName()));
        out.setDeviceManufacturer(device.serviceUserDetails().manufacturer());
        out.setDeviceModel(device.serviceUserDetails().model());
        out.setSMETSCHTSVersion(device.serviceUserDetails().smetsChtsVersion());
        out.setDeviceFirmwareVersion(device.serviceUserDetails().firmwareVersion());
        if (view.commissionedOn() != null) {
            out.setDateCommissioned(
                    DATES.newXMLGregorianCalendar(view.commissionedOn().toString()));
        }
        out.setImportMPxN(view.importMpxn());
        out.setSecondaryImportMPAN(view.secondaryImportMpan());
        out.setExportMPAN(view.exportMpan());
        String esmeVariant = device.serviceUserDetails().esmeVariant();
        out.setESMEVariant(esmeVariant == null ? null : ESMEVariant.fromValue(esmeVariant));
        out.setCSPRegion(device.cspRegion() == null ? null : device.cspRegion().duisName());
        out.setHANVariant(
                device.hanVariant() == null ? null : device.hanVariant().name());
        return out;
    }
}
