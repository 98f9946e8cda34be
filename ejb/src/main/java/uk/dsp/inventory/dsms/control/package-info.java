/**
 * What the DSMS consumers work with: the accepted returns as queued, the records written once per request and device,
 * and the CSP notice and its mail.
 */
package uk.dsp.inventory.dsms.control;
