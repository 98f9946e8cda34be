/**
 * The DUIS endpoint for non-device Service Requests: the envelope (size cap, parsing, schema, signature, routing,
 * signed answer) and the one table of the SRs it serves.
 */
package uk.dsp.inventory.interfaces.duis;
