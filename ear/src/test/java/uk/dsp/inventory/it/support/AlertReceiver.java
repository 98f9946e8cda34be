package uk.dsp.inventory.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Service User's DCC alert endpoint: a real HTTP server on loopback that keeps what it receives and answers
 * 204, or, while told to fail, 503.
 */
public final class AlertReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGive = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    public AlertReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dcc-alerts", exchange -> {
            attempts.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (failuresToGive.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                received.add(body);
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dcc-alerts";
    }

    /** The next {@code count} deliveries fail with 503; -1: every one fails. */
    public void failNext(int count) {
        failuresToGive.set(count);
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    public int attempts() {
        return attempts.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
