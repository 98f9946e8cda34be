package uk.dsp.inventory.returns.entity;

import java.time.OffsetDateTime;
import uk.dsp.inventory.dcc.Eui64;

/**
 * One Communications Hub to return, with the fields of SR 8.14.3 or 8.14.4 as the Service User gave them.
 * A no-fault return has no OtherDeviceID, connection method or fault reason.
 */
public record CommsHubReturn(
        Eui64 deviceId,
        String returnType,
        Eui64 otherDeviceId,
        String connectionMethod,
        String faultReason,
        String incidentReference,
        String userRefId,
        OffsetDateTime userRefDateTime,
        String additionalInformation) {

    static final String FAULT_BEFORE_INSTALLATION = "Fault identified prior to installation";
    static final String FAULT_AFTER_INSTALLATION = "Fault identified post installation";

    public boolean faultBeforeInstallation() {
        return FAULT_BEFORE_INSTALLATION.equals(returnType);
    }

    public boolean faultAfterInstallation() {
        return FAULT_AFTER_INSTALLATION.equals(returnType);
    }
}
