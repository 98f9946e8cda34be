package uk.dsp.inventory.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Debian's Prometheus (installed by .ci/run), scraping the test server's /dsp/metrics every second with the
 * project's alert rules loaded, and its HTTP API for queries and alerts.
 */
public final class PrometheusServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/prometheus");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path directory;
    private final Process process;
    private final URI api;

    private PrometheusServer(Path directory, Process process, URI api) {
        this.directory = directory;
        this.process = process;
        this.api = api;
    }

    /** Scrapes {@code target} (host:port) every second as job "dsp-inventory", with these rule files. */
    public static PrometheusServer scraping(String target, Path... ruleFiles) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install prometheus (.ci/run does)");
        }
        Path directory = Files.createTempDirectory("prometheus-it");
        String rules = Stream.of(ruleFiles)
                .map(file -> "  - " + file.toAbsolutePath() + "\n")
                .reduce("", String::concat);
        Files.writeString(directory.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                %s
                scrape_configs:
                  - job_name: dsp-inventory
                    metrics_path: /dsp/metrics
                    static_configs:
                      - targets: ['%s']
                """.formatted(rules.stripTrailing(), target));
        int port = freePort();
        Process process = new ProcessBuilder(
                        BINARY.toString(),
                        "--config.file=" + directory.resolve("prometheus.yml"),
                        "--storage.tsdb.path=" + directory.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("prometheus.log").toFile())
                .start();
        PrometheusServer server = new PrometheusServer(directory, process, URI.create("http://127.0.0.1:" + port));
        Eventually.await("Prometheus ready", server::ready);
        return server;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Prometheus stopped: " + directory.resolve("prometheus.log"));
        }
        try {
            return get("/-/ready").statusCode() == 200;
        } catch (UncheckedIOException notYet) {
            return false;
        }
    }

    /** The result of an instant query now, or at {@code time} (seconds since the epoch) when given. */
    public List<JsonObject> query(String expression, Double... time) {
        String path = "/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8)
                + (time.length == 0 ? "" : "&time=" + time[0]);
        JsonObject answer = json(get(path));
        if (!"success".equals(answer.getString("status"))) {
            throw new IllegalStateException(expression + ": " + answer);
        }
        return answer.getJsonObject("data").getJsonArray("result").getValuesAs(JsonObject.class);
    }

    /** The alerts pending or firing now. */
    public List<JsonObject> alerts() {
        return json(get("/api/v1/alerts"))
                .getJsonObject("data")
                .getJsonArray("alerts")
                .getValuesAs(JsonObject.class);
    }

    /** The expression of every alerting rule loaded. */
    public List<String> rules() {
        return json(get("/api/v1/rules?type=alert"))
                .getJsonObject("data")
                .getJsonArray("groups")
                .getValuesAs(JsonObject.class)
                .stream()
                .flatMap(group -> group.getJsonArray("rules").getValuesAs(JsonObject.class).stream())
                .map(rule -> rule.getString("query"))
                .toList();
    }

    /** The number an instant query's one sample holds. */
    public static double value(JsonObject sample) {
        return Double.parseDouble(sample.getJsonArray("value").getString(1));
    }

    public String log() throws IOException {
        return Files.readString(directory.resolve("prometheus.log"));
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(api.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
