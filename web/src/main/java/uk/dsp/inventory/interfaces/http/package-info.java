/**
 * What every HTTP API shares: the JAX-RS application, HTTP Basic credentials, JSON error bodies, and the one answer
 * to a refused step.
 */
package uk.dsp.inventory.interfaces.http;
