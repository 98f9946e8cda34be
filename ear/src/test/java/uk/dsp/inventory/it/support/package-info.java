/**
 * What the integration tests drive the real server with: the server itself, the database, the admin and CSPM-N3
 * clients, a mailbox and an alert receiver.
 */
package uk.dsp.inventory.it.support;
