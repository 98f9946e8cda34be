/**
 * DUIS on the wire and its rules: what is read of a request before it is trusted (envelope, schema, RequestID), the
 * one table of the SRs served and their handlers, the frame of every response, signatures (verification and signing
 * in the DUIS profile), the replay guard, and the one table from the domain's outcomes to DUIS response codes.
 */
package uk.dsp.inventory.duis.control;
