/**
 * A CH return as asked for, its variant, the outcomes of a return and of a bulk request, and the DSMS Service Returns
 * Record: one returned CH, its return details and its status.
 */
package uk.dsp.inventory.returns.entity;
