/** What every HTTP API shares: the JAX-RS application, HTTP Basic credentials and JSON error bodies. */
package uk.dsp.inventory.interfaces.http;
