/** Hostile input at every door: none gets a server error, and none changes anything. */
package uk.dsp.inventory.it.security;
