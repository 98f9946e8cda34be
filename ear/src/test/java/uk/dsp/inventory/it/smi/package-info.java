/** Integration tests and the benchmark of the SMI: CSPM-N3 pre-notification and the lifecycle SRs over DUIS. */
package uk.dsp.inventory.it.smi;
