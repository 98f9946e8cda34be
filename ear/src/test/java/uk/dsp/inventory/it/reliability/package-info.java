/**
 * Reliability under failure, beyond the default test run (its own Maven profile, docs/reliability.md): the server
 * killed at random moments while it works, and the database restarted.
 */
package uk.dsp.inventory.it.reliability;
