/** The README's first command tried as a newcomer would: ./run.sh on a PostgreSQL with stock settings, then a Comms Hub returned and its CSP's mail read. */
package uk.dsp.inventory.it.newcomer;
