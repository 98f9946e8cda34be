/**
 * The application's metrics: one Prometheus registry per deployment (the Prometheus Java client's default registry,
 * whose library is in the EAR's lib, so that the EJB module and the WAR record into the same one and a redeployment
 * starts afresh), the server's own figures read from its management model, and the JVM's. The WAR publishes the
 * registry at {@code /dsp/metrics}, on every node.
 */
package uk.dsp.inventory.platform.metrics;
