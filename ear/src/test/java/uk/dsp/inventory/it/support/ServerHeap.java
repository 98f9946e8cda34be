package uk.dsp.inventory.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** The test server's heap in use, read from its management interface, sampled while a benchmark runs something. */
public final class ServerHeap implements AutoCloseable {

    private final List<Long> samples = new ArrayList<>();
    private volatile boolean sampling = true;
    private final Thread sampler = new Thread(() -> {
        while (sampling) {
            long used = used();
            synchronized (samples) {
                samples.add(used);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    });

    /** Starts sampling every half second until closed. */
    public ServerHeap() {
        sampler.start();
    }

    /** Bytes in use now (0 if the server does not answer). */
    public static long used() {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 10090)) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set("read-attribute");
            operation.get("address").add("core-service", "platform-mbean").add("type", "memory");
            operation.get("name").set("heap-memory-usage");
            return client.execute(operation).get("result", "used").asLong();
        } catch (Exception e) {
            return 0;
        }
    }

    /** Min, max and count of the samples so far, in bytes. */
    public LongSummaryStatistics statistics() {
        synchronized (samples) {
            return samples.stream().mapToLong(Long::longValue).summaryStatistics();
        }
    }

    @Override
    public void close() {
        sampling = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
