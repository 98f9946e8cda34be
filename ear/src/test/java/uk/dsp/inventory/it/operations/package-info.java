/** Integration tests of what operators see: the metrics the server publishes. */
package uk.dsp.inventory.it.operations;
