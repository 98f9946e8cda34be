/**
 * What every HTTP API shares: the JAX-RS application, HTTP Basic credentials, JSON error bodies, the one answer to a
 * refused step, and plain HTTP sent on to HTTPS.
 */
package uk.dsp.inventory.interfaces.http;
