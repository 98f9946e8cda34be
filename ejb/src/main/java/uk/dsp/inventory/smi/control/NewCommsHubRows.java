package uk.dsp.inventory.smi.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import uk.dsp.inventory.smi.entity.CommsHubDetails;
import uk.dsp.inventory.smi.entity.Device;

/**
 * Writes the devices of Comms Hubs new to the SMI, as {@link CommsHubIntake} made them, with multi-row INSERTs (a few
 * hundred rows a statement) instead of a JPA persist each: a pallet's 1,792 rows cost a few statements rather than
 * EclipseLink's unit of work over 1,792 new entities. The row is the entity's, at its first version.
 */
public class NewCommsHubRows {

    static final int ROWS_PER_STATEMENT = 500;
    private static final String INSERT = "insert into device (device_id, device_type, manufacturer, model,"
            + " firmware_version, hardware_version, smets_chts_version, han_variant, csp_region, smi_status,"
            + " smi_status_since, logistics_status, gpf_device_id, notifying_party_id, delivered_to_party_id,"
            + " delivery_date, created_at, updated_at, version) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    public void insert(Connection connection, List<Device> devices) throws SQLException {
        for (int from = 0; from < devices.size(); from += ROWS_PER_STATEMENT) {
            List<Device> part = devices.subList(from, Math.min(devices.size(), from + ROWS_PER_STATEMENT));
            String sql = INSERT + String.join(", ", Collections.nCopies(part.size(), ROW));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int p = 0;
                for (Device device : part) {
                    p = bind(insert, p, device);
                }
                insert.executeUpdate();
            }
        }
    }

    private static int bind(PreparedStatement insert, int p, Device device) throws SQLException {
        CommsHubDetails details = device.commsHubDetails();
        var at = device.smiStatusSince().atOffset(ZoneOffset.UTC); // a new device was made, described and put now
        insert.setLong(++p, device.deviceId().value());
        insert.setString(++p, device.type().name());
        insert.setString(++p, details.manufacturer());
        insert.setString(++p, details.model());
        insert.setString(++p, details.firmwareVersion());
        insert.setString(++p, details.hardwareVersion());
        insert.setString(++p, details.smetsChtsVersion());
        insert.setString(
                ++p, details.hanVariant() == null ? null : details.hanVariant().name());
        insert.setString(
                ++p, details.cspRegion() == null ? null : details.cspRegion().name());
        insert.setString(++p, device.smiStatus().name());
        insert.setObject(++p, at);
        insert.setString(
                ++p,
                device.logisticsStatus() == null
                        ? null
                        : device.logisticsStatus().name());
        insert.setObject(
                ++p, device.gpfDeviceId() == null ? null : device.gpfDeviceId().value(), Types.BIGINT);
        insert.setString(++p, device.notifyingPartyId());
        insert.setString(++p, details.deliveredToPartyId());
        insert.setObject(++p, details.deliveryDate());
        insert.setObject(++p, at);
        insert.setObject(++p, at);
        return p;
    }
}
