/** What a migration needs of the data a database already holds, checked before Flyway runs it. */
package uk.dsp.inventory.schema.control;
