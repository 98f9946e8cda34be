/** The rules of registering a party: validation, signing certificates and password hashing. */
package uk.dsp.inventory.parties.control;
