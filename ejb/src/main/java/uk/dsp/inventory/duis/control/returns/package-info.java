/**
 * SR 8.14.3 and 8.14.4 in DUIS, single and bulk: the request read into returns, the bulk warning written back.
 */
package uk.dsp.inventory.duis.control.returns;
