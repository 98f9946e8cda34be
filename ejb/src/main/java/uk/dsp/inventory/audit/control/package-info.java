/** Writing the Service Audit Trail (SAT): one entry for each DUIS request and one for each device it names. */
package uk.dsp.inventory.audit.control;
