/**
 * What a re-flash keeps: the party's request, the DSMS work orders given to CSPs, each CH's way through them, and the
 * history of every step. The states and their moves are in docs/state-machine.md ('Re-flash').
 */
package uk.dsp.inventory.reflash.entity;
