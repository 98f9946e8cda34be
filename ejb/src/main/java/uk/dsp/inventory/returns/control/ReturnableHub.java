package uk.dsp.inventory.returns.control;

import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * What a return's checks and its DSMS record read of a device: nine columns of its row. A request's devices are read
 * as these, in one statement, not as entities: EclipseLink building 999 {@code Device} entities from a native query's
 * rows, each of some thirty columns found by name, was the largest single cost of a bulk request in the server.
 */
public record ReturnableHub(
        Eui64 deviceId,
        DeviceType type,
        SmiStatus smiStatus,
        LogisticsStatus logisticsStatus,
        Eui64 gpfDeviceId,
        CspRegion cspRegion,
        String notifyingPartyId,
        String deliveredToPartyId,
        String responsibleSupplierId) {

    /** The columns {@link #of(Object[])} reads, in its order. */
    public static final String COLUMNS = "device_id, device_type, smi_status, logistics_status, gpf_device_id,"
            + " csp_region, notifying_party_id, delivered_to_party_id, responsible_supplier_id";

    public static ReturnableHub of(Object[] row) {
        return new ReturnableHub(
                new Eui64(((Number) row[0]).longValue()),
                DeviceType.valueOf((String) row[1]),
                SmiStatus.valueOf((String) row[2]),
                row[3] == null ? null : LogisticsStatus.valueOf((String) row[3]),
                row[4] == null ? null : new Eui64(((Number) row[4]).longValue()),
                row[5] == null ? null : CspRegion.valueOf((String) row[5]),
                (String) row[6],
                (String) row[7],
                (String) row[8]);
    }
}
