/**
 * A device of the SMI (Comms Hub Function CHF, Gas Proxy Function GPF, meters and other devices), its types, statuses
 * and details.
 */
package uk.dsp.inventory.smi.entity;
