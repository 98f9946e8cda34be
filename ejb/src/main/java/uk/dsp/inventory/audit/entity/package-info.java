/** An entry of the Service Audit Trail (SAT). */
package uk.dsp.inventory.audit.entity;
