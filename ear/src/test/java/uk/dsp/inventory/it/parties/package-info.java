/** Integration tests of the party registry through the admin API. */
package uk.dsp.inventory.it.parties;
