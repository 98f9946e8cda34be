package uk.dsp.inventory.returns.control;

import java.time.Instant;
import java.util.List;

/**
 * The message from a returns request to DSMS (queue DspReturnsRecords): the CHs it accepted, each of
 * which gets its own Service Returns Record. JSON on the wire.
 */
public record AcceptedReturns(
        String requestId,
        String returningPartyId,
        String serviceReferenceVariant,
        Instant acceptedAt,
        List<Line> returns) {

    /** One accepted CH, the CSP that pre-notified it (who receives it back), and what the Service User said of it. */
    public record Line(
            long deviceId,
            Long gpfDeviceId,
            String cspRegion,
            String cspPartyId,
            String returnType,
            String faultReason,
            String connectionMethod,
            String incidentReference,
            String userRefId,
            String additionalInformation) {}
}
