/**
 * The re-flash JSON API (HTTP Basic as a party's user, as the rest of the self-service API): requests and forecasts
 * for Service Users, work orders for CSPs, decisions, the firmware catalogue and file for DCC Logistics, stock and
 * charges for both. Every refusal is a 4xx with its reason.
 */
package uk.dsp.inventory.interfaces.selfservice.reflash;
