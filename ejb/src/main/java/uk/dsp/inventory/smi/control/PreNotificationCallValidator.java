package uk.dsp.inventory.smi.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;

/**
 * The checks on a CSPM-N3 call as a whole. The schema says most of this already; the service checks
 * it again so that no call reaches the SMI without them, whatever the transport did.
 */
public class PreNotificationCallValidator {

    public static final int MAX_RECORDS = 1000;

    public void validate(List<CommsHubPreNotification> records, CspRegion callerRegion) {
        if (records == null || records.isEmpty()) {
            throw new Refused(RefusalReason.INVALID_REQUEST, "a call carries at least one Comms Hub");
        }
        if (records.size() > MAX_RECORDS) {
            throw new Refused(
                    RefusalReason.TOO_MANY_RECORDS,
                    "a call carries at most " + MAX_RECORDS + " Comms Hubs, this one " + records.size());
        }
        Set<Eui64> seen = new HashSet<>();
        for (CommsHubPreNotification record : records) {
            requireOnce(seen, record.chfDeviceId());
            requireOnce(seen, record.gpfDeviceId());
            if (record.details().cspRegion() != callerRegion) {
                throw new Refused(
                        RefusalReason.REGION_NOT_PERMITTED,
                        "Comms Hub " + record.chfDeviceId()
                                + " is in region "
                                + record.details().cspRegion().duisName()
                                + ", the caller serves " + callerRegion.duisName());
            }
        }
    }

    private static void requireOnce(Set<Eui64> seen, Eui64 deviceId) {
        if (!seen.add(deviceId)) {
            throw new Refused(
                    RefusalReason.DUPLICATE_DEVICE_ID, "Device ID " + deviceId + " appears more than once in the call");
        }
    }
}
