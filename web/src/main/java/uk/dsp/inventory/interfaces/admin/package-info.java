/**
 * The administrator's JSON API (HTTP Basic, role admin, from allowed addresses only): the party registry, parties'
 * users and their unlocking, housekeeping runs, the DCC alerts and CSP returns notices with their delivery states,
 * and running the incidents' deadlines now.
 */
package uk.dsp.inventory.interfaces.admin;
