/**
 * DCC alerts to Service Users (e.g. N8, a device removed from the Smart Metering Inventory): the relay of recorded
 * alerts to the queue, the consumer that POSTs them to the user's endpoint, and the administrators' view.
 */
package uk.dsp.inventory.alerts.boundary;
