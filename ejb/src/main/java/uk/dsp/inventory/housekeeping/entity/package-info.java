/** A housekeeping run's record, and the settings it ran with. */
package uk.dsp.inventory.housekeeping.entity;
