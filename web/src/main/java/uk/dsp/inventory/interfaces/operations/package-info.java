/**
 * The operators' channel: the system's state, sampled from the core's facades and published through the server's
 * Micrometer registry at the management interface's /metrics.
 */
package uk.dsp.inventory.interfaces.operations;
