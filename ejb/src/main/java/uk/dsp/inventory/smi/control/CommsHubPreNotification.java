package uk.dsp.inventory.smi.control;

import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.CommsHubDetails;

/** One record of a CSPM-N3 call: a Comms Hub, its two Device IDs and what the CSP says of it. */
public record CommsHubPreNotification(Eui64 chfDeviceId, Eui64 gpfDeviceId, CommsHubDetails details) {}
