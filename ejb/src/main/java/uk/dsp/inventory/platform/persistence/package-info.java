/**
 * What every entity shares: timestamps as timestamptz, and the created, updated and version columns; and how the
 * persistence unit behaves when the database is away.
 */
package uk.dsp.inventory.platform.persistence;
