package uk.dsp.inventory.it.cluster;

import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * What the DSP meets around the clock, sent through the balancer while its nodes are restarted or killed: returns of
 * one CH each (signed DUIS), CSPM-N3 pallets over mutual TLS, and SR 8.2 reads, each kind from a thread of its own at a
 * steady pace. A caller retries what a gateway retries: a refused or dropped connection, and a 503 (a suspended node
 * answers it before it does anything). Every request is recorded with how it ended, so that a test can tell what must
 * be whole and what may be absent.
 */
final class SteadyLoad implements AutoCloseable {

    enum Kind {
        RETURN,
        PALLET,
        READ
    }

    /** One request: its kind, what it names (a return's RequestID, a pallet's CHF Device IDs) and how it ended. */
    record Sent(Kind kind, List<String> keys, String outcome) {

        /** The DSP said it did what was asked: I0, or every CH of a pallet accepted. */
        boolean answered() {
            return outcome.equals("I0") || outcome.equals("ACCEPTED");
        }
    }

    private static final Duration GIVE_UP = Duration.ofSeconds(90);
    private static final int PALLET = 20;

    private final ReturningSupplier supplier;
    private final ReturningSupplier reader;
    private final Queue<Hub> hubs;
    private final String readDevice;
    private final URI serviceD;
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(3);
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicLong retries = new AtomicLong();

    private SteadyLoad(
            ReturningSupplier supplier, ReturningSupplier reader, Queue<Hub> hubs, String readDevice, URI serviceD) {
        this.supplier = supplier;
        this.reader = reader;
        this.hubs = hubs;
        this.readDevice = readDevice;
        this.serviceD = serviceD;
    }

    /**
     * Starts returning {@code hubs} (one a request, until none is left), pre-notifying pallets of new CHs delivered to
     * the supplier through {@code gateway} at {@code n3Endpoint}, and reading {@code readDevice} as {@code reader}. The
     * readings have an originator of their own: a DUIS originator's RequestID counters must arrive in order, and each
     * thread keeps its own in order.
     */
    static SteadyLoad start(
            ReturningSupplier supplier,
            ReturningSupplier reader,
            Queue<Hub> hubs,
            String readDevice,
            URI serviceD,
            SSLContext gateway,
            String n3Endpoint) {
        SteadyLoad load = new SteadyLoad(supplier, reader, hubs, readDevice, serviceD);
        CspmN3 port = N3Gateway.overTls(gateway, n3Endpoint);
        load.workers.scheduleWithFixedDelay(load::returnOne, 0, 300, TimeUnit.MILLISECONDS);
        load.workers.scheduleWithFixedDelay(() -> load.preNotifyPallet(port), 100, 1000, TimeUnit.MILLISECONDS);
        load.workers.scheduleWithFixedDelay(load::read, 200, 300, TimeUnit.MILLISECONDS);
        return load;
    }

    List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    List<Sent> sent(Kind kind) {
        return sent.stream().filter(s -> s.kind() == kind).toList();
    }

    List<Sent> unanswered() {
        return sent.stream().filter(s -> !s.answered()).toList();
    }

    /** What was sent and how it ended, for the test's output and docs/reliability.md. */
    String summary() {
        return String.format(
                "%d returns, %d pallets of %d, %d reads; %d unanswered; %d sent again",
                sent(Kind.RETURN).size(),
                sent(Kind.PALLET).size(),
                PALLET,
                sent(Kind.READ).size(),
                unanswered().size(),
                retries());
    }

    /** How many times a request was sent again after a refused or dropped connection or a 503. */
    long retries() {
        return retries.get();
    }

    /** Stops sending; the requests under way finish first. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (workers.awaitTermination(GIVE_UP.toSeconds() + 30, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        throw new AssertionError("the load's requests did not finish");
    }

    private void returnOne() {
        Hub hub = hubs.poll();
        if (hub == null) {
            return;
        }
        long counter = nextCounter();
        byte[] document = supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), counter, hub))
                .getBytes(StandardCharsets.UTF_8);
        sent.add(new Sent(Kind.RETURN, List.of(supplier.requestId(counter)), retrying(() -> duis(document))));
    }

    private void read() {
        byte[] document = reader.sign(SmiDocuments.readByDeviceId(reader.partyId(), readDevice))
                .getBytes(StandardCharsets.UTF_8);
        sent.add(new Sent(Kind.READ, List.of(readDevice), retrying(() -> duis(document))));
    }

    private void preNotifyPallet(CspmN3 port) {
        List<CommsHub> pallet = new ArrayList<>();
        for (int i = 0; i < PALLET; i++) {
            pallet.add(N3Gateway.commsHub(ReturningSupplier.REGION, supplier.partyId()));
        }
        String outcome = retrying(() -> {
            try {
                int accepted = port.preNotifyCommsHubs(N3Gateway.call(pallet)).getAcceptedCount();
                return accepted == PALLET ? "ACCEPTED" : "accepted " + accepted + " of " + PALLET;
            } catch (N3RefusalFault refused) {
                return "refused " + refused.getFaultInfo().getCode();
            } catch (SOAPFaultException fault) {
                return "fault " + fault.getMessage();
            }
        });
        sent.add(new Sent(
                Kind.PALLET, pallet.stream().map(CommsHub::getCHFDeviceID).toList(), outcome));
    }

    /** A DUIS request's response code; a 503 or a lost connection is {@link Unavailable}. */
    private String duis(byte[] document) {
        DuisClient.Reply reply = DuisClient.postTo(serviceD, document);
        if (reply.status() == 503) {
            throw new Unavailable("503");
        }
        if (!reply.body().contains("<sr:ResponseCode>")) {
            return "HTTP " + reply.status();
        }
        return DuisClient.responseCode(reply.body());
    }

    private String retrying(Callable<String> request) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (true) {
            try {
                return request.call();
            } catch (Exception e) {
                if (!retryable(e) || System.nanoTime() > deadline) {
                    return "failed " + e;
                }
                retries.incrementAndGet();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            }
        }
    }

    /** What a gateway sends again: the connection was refused or dropped, or the node said 503 before it began. */
    private static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof Unavailable) {
                return true;
            }
            if (t instanceof WebServiceException
                    && String.valueOf(t.getMessage()).contains("503")) {
                return true;
            }
        }
        return false;
    }

    /** The DSP answered 503: nothing was done, and the request may be sent again. */
    private static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }
}
