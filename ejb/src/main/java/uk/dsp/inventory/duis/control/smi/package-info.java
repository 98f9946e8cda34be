/**
 * SR 12.2, 8.2, 8.4, 8.14.1 and 8.14.2 in DUIS: each SR's body read into the SMI's terms, and 8.2's
 * DSPInventory written back.
 */
package uk.dsp.inventory.duis.control.smi;
