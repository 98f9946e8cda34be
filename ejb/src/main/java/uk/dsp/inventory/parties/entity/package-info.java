/** A registered party and its registered signing certificates. */
package uk.dsp.inventory.parties.entity;
