/** Integration tests and the benchmark of SMI housekeeping on the real server, including a run killed midway. */
package uk.dsp.inventory.it.housekeeping;
