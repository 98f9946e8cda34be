/**
 * The DCC User Interface Specification (DUIS) in the core: {@code ServiceRequests}, the one call the DUIS endpoint
 * makes for a request (read, authenticate, route, run, sign); who signed a request; the DSP's own signing key; and the
 * replay guard and audit that wrap every Service Request facade.
 */
package uk.dsp.inventory.duis.boundary;
