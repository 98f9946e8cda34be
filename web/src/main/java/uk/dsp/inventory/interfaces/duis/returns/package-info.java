/**
 * SR 8.14.3 and 8.14.4 on the DUIS endpoint, single and bulk: the request read into returns, the bulk warning written
 * back.
 */
package uk.dsp.inventory.interfaces.duis.returns;
