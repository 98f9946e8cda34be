/**
 * The party registry (Service Users and Communications Service Providers, CSPs) and the authentication of CSP gateways
 * and self-service callers.
 */
package uk.dsp.inventory.parties.boundary;
