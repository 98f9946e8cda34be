/**
 * The rules of 'Request for Install Code' incidents (seed MP121): the install code a party supplies, checked against
 * its own CRC before it is accepted and kept only sealed at rest, the working days of England and Wales by which
 * such an incident falls due, and the incidents' own reason for a refusal (a duplicate).
 */
package uk.dsp.inventory.incidents.control;
