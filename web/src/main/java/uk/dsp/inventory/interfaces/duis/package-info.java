/**
 * The DUIS endpoint for non-device Service Requests over HTTP: the size cap, the hardened parse, one call into the
 * core ({@code duis.boundary.ServiceRequests}) and the answer; the DSP's signing certificate; the endpoint's meters.
 */
package uk.dsp.inventory.interfaces.duis;
