/**
 * The DCC's shared vocabulary, used by every capability: EUI-64 device and party IDs, CSP regions, DUIS roles,
 * RequestIDs and originators, and the contract of a DUIS Service Request's result and audit.
 */
package uk.dsp.inventory.dcc;
