/**
 * The operators' channel: each node's metrics at {@code /dsp/metrics} (the application's registry, with the state
 * sampled from the core's facades), and its health for the balancer.
 */
package uk.dsp.inventory.interfaces.operations;
