/**
 * DCC alerts to Service Users (e.g. N8, a device removed from the Smart Metering Inventory): the consumer that POSTs a
 * recorded alert, signed, to the user's endpoint once the outbox relay has queued it, and the administrators' view of
 * the alerts and their delivery states.
 */
package uk.dsp.inventory.alerts.boundary;
