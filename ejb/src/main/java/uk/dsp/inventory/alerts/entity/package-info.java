/** A DCC alert as recorded and delivered: its party, device, document and delivery state. */
package uk.dsp.inventory.alerts.entity;
