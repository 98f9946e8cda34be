/**
 * The rules and SQL of returns: the checks of one CH return (seed 000), a request's decisions and result, marking the
 * accepted hubs Returned, the accepted returns as queued to DSMS, the records written once per request and device,
 * and each CSP's notice and its mail.
 */
package uk.dsp.inventory.returns.control;
