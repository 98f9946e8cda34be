/** The database schema's versioned migrations (Flyway), run once at deployment. */
package uk.dsp.inventory.schema.boundary;
