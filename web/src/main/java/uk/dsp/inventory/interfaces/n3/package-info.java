/** The CSPM-N3 SOAP endpoint, by which Communications Service Providers (CSPs) pre-notify Comms Hubs. */
package uk.dsp.inventory.interfaces.n3;
