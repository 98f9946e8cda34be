/**
 * DUIS signatures (verification and signing in the DUIS profile), the replay guard, and the one table from the
 * domain's outcomes to DUIS response codes.
 */
package uk.dsp.inventory.duis.control;
