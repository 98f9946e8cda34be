/**
 * The DCC's shared vocabulary, used by every capability: EUI-64 device and party IDs, CSP regions, DUIS roles,
 * RequestIDs and originators, the contract of a DUIS Service Request's result and audit, and {@code Refused}, the one
 * exception by which any capability refuses a step.
 */
package uk.dsp.inventory.dcc;
