/** The Self-Service Interface's (SSI) JSON API for Service Users: tracking their Comms Hub returns. */
package uk.dsp.inventory.interfaces.selfservice;
