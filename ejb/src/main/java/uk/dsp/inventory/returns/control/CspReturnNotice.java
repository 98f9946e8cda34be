package uk.dsp.inventory.returns.control;

import java.util.List;

/** What one CSP is told of a request: which of its CHs the request returned ({@code CspReturnMail} writes it). */
public record CspReturnNotice(
        String requestId,
        String cspPartyId,
        String cspName,
        String cspEmail,
        String returningPartyId,
        String serviceReferenceVariant,
        List<String> chfDeviceIds) {}
