/** Incidents, their history and the install codes lodged ahead of time, as stored. */
package uk.dsp.inventory.incidents.entity;
