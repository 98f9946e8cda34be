package uk.dsp.inventory.smi.entity;

import java.time.LocalDate;
import uk.dsp.inventory.dcc.CspRegion;

/** What the SMI records of a Comms Hub from its CSP: the same for its CHF and its GPF. */
public record CommsHubDetails(
        String manufacturer,
        String model,
        String firmwareVersion,
        String hardwareVersion,
        String smetsChtsVersion,
        HanVariant hanVariant,
        CspRegion cspRegion,
        String deliveredToPartyId,
        LocalDate deliveryDate) {}
