/**
 * The rules of a re-flash: which CHs a party may send, who may take which step, the settings, the CSV file of
 * re-flashed CHs' firmware, the history and the mails.
 */
package uk.dsp.inventory.reflash.control;
