/**
 * The one way a message leaves: the transactional outbox (a row written in the caller's transaction), its relay to
 * the queues after commit, and what every consumer shares: messages as JSON, which attempt a delivery is and the one
 * line its failure logs, and the postponement of a message while the database is down.
 */
package uk.dsp.inventory.platform.messaging;
