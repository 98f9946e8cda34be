/** The firmware catalogue, kept by DCC Logistics, read by everyone who sees CH stock or re-flash checks. */
package uk.dsp.inventory.firmware.boundary;
