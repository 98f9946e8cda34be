package uk.dsp.inventory.smi.control;

import java.util.List;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.ServiceRequestResult;

/** What SR 8.2 found, and what its audit trail says: the device asked for, or each device found at an MPxN. */
public record InventoryReading(
        SmiOutcome outcome, String detail, List<DeviceOutcome> devices, List<InventoryView> views)
        implements ServiceRequestResult {

    public static InventoryReading byDeviceId(Eui64 deviceId, SmiOutcome outcome, List<InventoryView> views) {
        return new InventoryReading(
                outcome, "by DeviceID", List.of(new DeviceOutcome(deviceId, outcome, "by DeviceID")), views);
    }

    public static InventoryReading byMpxn(String mpxn, List<InventoryView> views) {
        List<DeviceOutcome> found = views.stream()
                .map(view -> new DeviceOutcome(view.device().deviceId(), SmiOutcome.ACCEPTED, "by MPxN"))
                .toList();
        return new InventoryReading(
                views.isEmpty() ? SmiOutcome.NOTHING_AT_MPXN : SmiOutcome.ACCEPTED, "by MPxN " + mpxn, found, views);
    }
}
