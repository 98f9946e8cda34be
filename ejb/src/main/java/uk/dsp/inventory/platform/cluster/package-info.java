/**
 * What the nodes of a cluster share beyond the server's own clustering: which nodes are alive (each records itself in
 * the database), so that the work of a dead node (a message it sent, a housekeeping run it held) is taken over.
 */
package uk.dsp.inventory.platform.cluster;
