/**
 * The checks of one Comms Hub return (seed 000), a request's decisions and result, and marking the accepted hubs
 * Returned.
 */
package uk.dsp.inventory.returns.control;
