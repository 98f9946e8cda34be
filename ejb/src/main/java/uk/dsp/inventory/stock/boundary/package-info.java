/**
 * The CH stock view: a party's CHs delivered and not installed, by model and firmware, with their age, marked where
 * behind the firmware catalogue; and the month-end counts the CH Stock Level Charge would use (seed 002 section 2.4).
 * Both read counts kept as the stock changes (V18), not the stock itself.
 */
package uk.dsp.inventory.stock.boundary;
