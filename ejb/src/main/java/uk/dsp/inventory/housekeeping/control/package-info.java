/**
 * The rules of housekeeping: its settings as read and validated, which devices are due, and the set-based deletion of
 * a chunk with its history and alert rows.
 */
package uk.dsp.inventory.housekeeping.control;
