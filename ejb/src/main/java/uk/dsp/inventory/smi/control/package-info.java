/**
 * The SMI's rules: the one table of status changes and the lifecycle that enforces it, the per-record decision of
 * CSPM-N3 and the reasons it refuses a whole call, and the outcomes of the SMI's Service Requests.
 */
package uk.dsp.inventory.smi.control;
