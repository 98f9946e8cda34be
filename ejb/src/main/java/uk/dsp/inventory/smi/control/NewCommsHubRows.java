package uk.dsp.inventory.smi.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.dsp.inventory.platform.persistence.CopyText;
import uk.dsp.inventory.smi.entity.CommsHubDetails;
import uk.dsp.inventory.smi.entity.Device;

/**
 * Writes the devices of Comms Hubs new to the SMI, as {@link CommsHubIntake} made them, with one {@code COPY} on the
 * call's own connection, so in its transaction: a pallet's 1,792 rows as PostgreSQL loads rows fastest, rather than
 * EclipseLink's unit of work over 1,792 new entities or statements of bound parameters. The row is the entity's, at its
 * first version; the table's constraints and indexes check it as they would an INSERT.
 */
public class NewCommsHubRows {

    private static final String COPY = "copy device (device_id, device_type, manufacturer, model, firmware_version,"
            + " hardware_version, smets_chts_version, han_variant, csp_region, smi_status, smi_status_since,"
            + " logistics_status, gpf_device_id, notifying_party_id, delivered_to_party_id, delivery_date, created_at,"
            + " updated_at, version) from stdin";

    public void insert(Connection connection, List<Device> devices) throws SQLException {
        CopyText rows = new CopyText(devices.size() * 300);
        for (Device device : devices) {
            row(rows, device);
        }
        rows.copyIn(connection, COPY, "new devices");
    }

    private static void row(CopyText rows, Device device) {
        CommsHubDetails details = device.commsHubDetails();
        // a new device was made, described and put now; PostgreSQL keeps microseconds
        String at = device.smiStatusSince().truncatedTo(ChronoUnit.MICROS).toString();
        rows.value(device.deviceId().value())
                .value(device.type().name())
                .value(details.manufacturer())
                .value(details.model())
                .value(details.firmwareVersion())
                .value(details.hardwareVersion())
                .value(details.smetsChtsVersion())
                .value(
                        details.hanVariant() == null
                                ? null
                                : details.hanVariant().name())
                .value(details.cspRegion() == null ? null : details.cspRegion().name())
                .value(device.smiStatus().name())
                .value(at)
                .value(
                        device.logisticsStatus() == null
                                ? null
                                : device.logisticsStatus().name())
                .value(
                        device.gpfDeviceId() == null
                                ? null
                                : device.gpfDeviceId().value())
                .value(device.notifyingPartyId())
                .value(details.deliveredToPartyId())
                .value(details.deliveryDate())
                .value(at)
                .value(at)
                .last(1);
    }
}
