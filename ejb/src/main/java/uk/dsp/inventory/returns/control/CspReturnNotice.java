package uk.dsp.inventory.returns.control;

import java.util.List;

/** The message to mail one CSP (queue DspNotifications): which of its region's CHs one request returned. */
public record CspReturnNotice(
        String requestId,
        String cspPartyId,
        String cspName,
        String cspEmail,
        String returningPartyId,
        String serviceReferenceVariant,
        List<String> chfDeviceIds) {}
