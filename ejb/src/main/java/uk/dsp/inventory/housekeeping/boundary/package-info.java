/**
 * SMI housekeeping: the timer that runs it on an administrator's schedule, the run in chunks of their own
 * transactions, and the administrators' run-now and dry run.
 */
package uk.dsp.inventory.housekeeping.boundary;
