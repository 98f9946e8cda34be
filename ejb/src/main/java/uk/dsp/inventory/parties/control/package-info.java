/**
 * The rules of registering a party: validation, signing certificates, password hashing, and why a change clashes
 * with the registry.
 */
package uk.dsp.inventory.parties.control;
