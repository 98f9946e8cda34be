package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The Arquillian server's Prometheus text at /dsp/metrics, and values read from it. */
public final class Metrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Metrics() {}

    public static String scrape() {
        URI metrics = DspServer.resolve("metrics");
        try {
            HttpResponse<String> response =
                    HTTP.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + metrics + " answered " + response.statusCode());
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4")) {
                throw new IllegalStateException("GET " + metrics + " answered " + response.headers());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of a metric's series whose lines hold every one of the label texts that follow its name. */
    public static double value(String text, String... metricAndLabels) {
        return text.lines()
                .filter(line -> line.startsWith(metricAndLabels[0] + "{") || line.startsWith(metricAndLabels[0] + " "))
                .filter(line -> List.of(metricAndLabels).subList(1, metricAndLabels.length).stream()
                        .allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
