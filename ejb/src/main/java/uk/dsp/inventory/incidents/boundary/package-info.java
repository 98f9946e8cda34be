/**
 * 'Request for Install Code' incidents (SEC MP121) for the pages and the JSON API alike: raise, answer, close,
 * reassign; the install code shown only to those entitled; reminders and the overdue report.
 */
package uk.dsp.inventory.incidents.boundary;
