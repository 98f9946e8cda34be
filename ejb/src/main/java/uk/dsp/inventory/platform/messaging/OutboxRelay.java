package uk.dsp.inventory.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import uk.dsp.inventory.platform.cluster.NodeLiveness;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * Moves outbox rows to their queues: woken after each commit that wrote one, and every few seconds in case a
 * server stopped before it relayed (or another server's rows wait). One drain at a time on this server; a wake
 * during a drain makes it go round once more. Several servers may drain together: each takes rows the others
 * have not locked.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // the schema is migrated before anything here reads it
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final int BATCH = 200;

    @Resource
    ManagedExecutorService executor;

    @EJB
    OutboxBatches batches;

    @EJB
    NodeLiveness liveness;

    /** Not the pooled, transaction-enlisted factory: the relay commits the broker's transaction itself. */
    @Resource(lookup = ServerResources.RELAY_CONNECTION_FACTORY)
    ConnectionFactory factory;

    /** One connection to the broker for as long as it works; each batch takes its own session from it. */
    private JMSContext broker;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile String lastProblem;

    public void wake() {
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** A transacted session on the relay's connection, opened once rather than per batch. */
    public synchronized JMSContext brokerSession() {
        if (broker == null) {
            broker = factory.createContext();
        }
        return broker.createContext(JMSContext.SESSION_TRANSACTED);
    }

    /** After a failed send: the next batch opens a new connection. */
    public synchronized void closeBroker() {
        if (broker != null) {
            try {
                broker.close();
            } catch (RuntimeException ignored) {
                // it is being replaced because it failed
            }
            broker = null;
        }
    }

    @PreDestroy
    void stop() {
        closeBroker();
    }

    /** Every node, every 5 s: it says it is alive, and relays what a commit's wake-up missed or a dead node sent. */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox sweep")
    void sweep() {
        try {
            liveness.alive();
        } catch (RuntimeException e) {
            // the database is down: the drain below says so once
        }
        wake();
    }

    private void drain() {
        try {
            while (wanted.getAndSet(false)) {
                int relayed;
                do {
                    relayed = batches.relay(BATCH);
                } while (relayed == BATCH);
            }
            if (lastProblem != null) {
                LOG.info("Outbox relay resumed: the database and the broker answer again");
                lastProblem = null;
            }
        } catch (RuntimeException e) {
            // the rows stay, and the next sweep tries again: one line, and only when the problem changes
            String problem = DeliveryAttempt.reason(e);
            if (!problem.equals(lastProblem)) {
                LOG.warning(() -> "Outbox relay paused, retrying every 5 s: " + problem);
                lastProblem = problem;
            }
        } finally {
            draining.set(false);
            if (wanted.get() && lastProblem == null && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }
}
