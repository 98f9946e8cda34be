/**
 * What every entity shares: timestamps as timestamptz, and the created, updated and version columns; rows written
 * with {@code COPY} where one request writes hundreds (CopyText); and how the persistence unit behaves when the
 * database is away.
 */
package uk.dsp.inventory.platform.persistence;
