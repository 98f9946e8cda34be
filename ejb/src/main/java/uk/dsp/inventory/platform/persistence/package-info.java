/** What every entity shares: timestamps as timestamptz, and the created, updated and version columns. */
package uk.dsp.inventory.platform.persistence;
