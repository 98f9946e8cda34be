/** A Comms Hub return as asked for, its variant, and the outcomes of a return and of a bulk request. */
package uk.dsp.inventory.returns.entity;
