/**
 * The CSPM-N3 SOAP endpoint, by which Communications Service Providers (CSPs) pre-notify Comms Hubs: who the caller
 * is (gateway certificate, or Basic on loopback), the translation of the call and its answer, its refusals as SOAP
 * faults, the 503 while the database is down, and its meters.
 */
package uk.dsp.inventory.interfaces.n3;
