/** The names of the server resources the application uses (datasource, queues, mail session), as the server script configures them. */
package uk.dsp.inventory.platform.resources;
