/** Integration tests of what the system does when its surroundings fail: the database restarting under a stream of requests. */
package uk.dsp.inventory.it.resilience;
