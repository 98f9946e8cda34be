package uk.dsp.inventory.it.support.duis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import uk.dsp.inventory.it.support.DspServer;

/**
 * A Service User's DUIS client, as DCC Boxed tooling is one: POSTs a document to /api/v1/serviceD on the server's
 * root as application/xml ({@link #postTo} reaches the same endpoint at its other address, /dsp/api/v1/serviceD).
 */
public final class DuisClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DuisClient() {}

    public record Reply(int status, String body) {}

    /** The header's response code of a DUIS response, such as I0 or E5. */
    public static String responseCode(String reply) {
        int start = reply.indexOf("<sr:ResponseCode>");
        if (start < 0) {
            throw new AssertionError("no DUIS response code in: " + reply);
        }
        return reply.substring(start + "<sr:ResponseCode>".length(), reply.indexOf("</sr:ResponseCode>"));
    }

    public static Reply post(String xml) {
        return post(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply post(byte[] document) {
        return postTo(DspServer.resolve("/api/v1/serviceD"), document);
    }

    /** Over TLS with this context (its client certificate, and trust in the server's). */
    public static Reply postOver(javax.net.ssl.SSLContext tls, URI serviceD, String xml) {
        return postWith(
                HttpClient.newBuilder()
                        .sslContext(tls)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build(),
                serviceD,
                xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply postTo(URI serviceD, byte[] document) {
        return postWith(HTTP, serviceD, document);
    }

    private static Reply postWith(HttpClient client, URI serviceD, byte[] document) {
        HttpRequest request = HttpRequest.newBuilder(serviceD)
                .header("Content-Type", "application/xml")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(document))
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + serviceD, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The DSP's signing certificate, as it publishes it. */
    public static String dspCertificatePem() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(DspServer.resolve("api/v1/dsp-certificate"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
