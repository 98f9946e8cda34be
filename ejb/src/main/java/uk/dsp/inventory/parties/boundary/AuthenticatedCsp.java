package uk.dsp.inventory.parties.boundary;

import uk.dsp.inventory.dcc.CspRegion;

/** A CSP gateway whose credentials were checked, and the one region it may act for. */
public record AuthenticatedCsp(String partyId, CspRegion region) {}
