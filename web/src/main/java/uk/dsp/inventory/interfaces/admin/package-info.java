/** The administrators' JSON API: the party registry, housekeeping runs and DCC alerts. */
package uk.dsp.inventory.interfaces.admin;
