/**
 * Integration tests and the benchmark of Comms Hub returns over signed DUIS, including the DCC's own signer and a
 * server killed midway.
 */
package uk.dsp.inventory.it.returns;
