/** How firmware versions compare, and the checks on a catalogue entry. */
package uk.dsp.inventory.firmware.control;
