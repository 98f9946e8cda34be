package uk.dsp.inventory.platform.metrics;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.management.ManagementFactory;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The server's figures an operator of this application watches, read from WildFly's management model (its MBeans)
 * at each scrape and published under this application's names: one series per JMS queue, the database pool, and the
 * transactions. The server's own Prometheus names (its management interface's /metrics) break Prometheus' naming
 * rules and exist only on a standalone server; these are the same on every node. With the JVM's own.
 */
@Singleton
@Startup
public class ServerMeters {

    private static final String QUEUES = "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=*";
    private static final String POOL = "jboss.as:subsystem=datasources,data-source=DspDS,statistics=pool";
    private static final String TRANSACTIONS = "jboss.as:subsystem=transactions";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @PostConstruct
    void register() {
        PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        JvmMetrics.builder().register(registry);
        GaugeWithCallback.builder()
                .name("dsp_queue_messages")
                .help("Messages in each JMS queue of this node's broker (DLQ: dead letters, which wait for a person)")
                .labelNames("queue")
                .callback(callback -> eachQueue(queue -> callback.call(number(queue, "messageCount"), name(queue))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("dsp_queue_consumers")
                .help(
                        "Consumers of each JMS queue of this node's broker: 0 on a queue the application reads means nothing takes its messages")
                .labelNames("queue")
                .callback(callback -> eachQueue(queue -> callback.call(number(queue, "consumerCount"), name(queue))))
                .register(registry);
        poolGauge("dsp_database_pool_active_connections", "ActiveCount", "Connections the database pool holds open");
        poolGauge("dsp_database_pool_in_use_connections", "InUseCount", "Connections of the database pool in use now");
        poolGauge(
                "dsp_database_pool_waiting_threads",
                "WaitCount",
                "Requests waiting now for a connection of the database pool: above 0 for long, the pool is too small");
        transactionCounter("committed", "numberOfCommittedTransactions", "Transactions committed by this node");
        transactionCounter("rolled_back", "numberOfAbortedTransactions", "Transactions rolled back by this node");
        transactionCounter(
                "timed_out", "numberOfTimedOutTransactions", "Transactions this node rolled back at their timeout");
        transactionCounter(
                "heuristic",
                "numberOfHeuristics",
                "Transactions that ended in a heuristic outcome: each needs a person");
    }

    private void poolGauge(String name, String attribute, String help) {
        GaugeWithCallback.builder()
                .name(name)
                .help(help)
                .callback(callback -> read(POOL, attribute).ifPresent(callback::call))
                .register(PrometheusRegistry.defaultRegistry);
    }

    private void transactionCounter(String outcome, String attribute, String help) {
        CounterWithCallback.builder()
                .name("dsp_transactions_" + outcome + "_total")
                .help(help + " since it started")
                .callback(callback -> read(TRANSACTIONS, attribute).ifPresent(callback::call))
                .register(PrometheusRegistry.defaultRegistry);
    }

    private void eachQueue(Consumer<ObjectName> each) {
        try {
            server.queryNames(new ObjectName(QUEUES), null).forEach(each);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(ObjectName queue) {
        return queue.getKeyProperty("jms-queue");
    }

    private double number(ObjectName bean, String attribute) {
        try {
            return ((Number) server.getAttribute(bean, attribute)).doubleValue();
        } catch (JMException e) {
            return Double.NaN;
        }
    }

    /** Empty where the server has no such bean or attribute (statistics off): the series is then left out. */
    private OptionalDouble read(String bean, String attribute) {
        try {
            double value = number(new ObjectName(bean), attribute);
            return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
        } catch (JMException e) {
            return OptionalDouble.empty();
        }
    }
}
