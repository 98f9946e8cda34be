package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 exchange from a given local address of this machine (127.0.0.2 is another caller than 127.0.0.1, which
 * the development setting lets use plain HTTP): Java's HTTP client cannot choose its local address.
 */
public final class FromAddress {

    /** The test server's people's HTTPS listener (8444 and the port offset, 100). */
    public static final URI PEOPLE_HTTPS = URI.create("https://127.0.0.1:8544/dsp/");

    private FromAddress() {}

    /**
     * A GET over HTTPS on the people's listener, as any caller not on this machine makes it; the status line and
     * what follows; with Basic credentials when {@code user} is not null.
     */
    public static String get(String localAddress, String path, String user, String password) throws IOException {
        URI uri = PEOPLE_HTTPS.resolve(path);
        StringBuilder request = new StringBuilder("GET " + uri.getRawPath() + " HTTP/1.1\r\n");
        if (user != null) {
            request.append("Authorization: Basic ")
                    .append(Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        try (Socket plain = connect(uri, localAddress);
                SSLSocket tls = (SSLSocket) GatewayIdentity.withoutClientCertificate()
                        .getSocketFactory()
                        .createSocket(plain, uri.getHost(), uri.getPort(), true)) {
            tls.startHandshake();
            return exchange(tls, uri, request.toString());
        }
    }

    /** One request on plain HTTP to the test server (a request line such as {@code GET /dsp/health HTTP/1.1}). */
    public static String plainHttp(String localAddress, String requestLine) throws IOException {
        URI uri = DspServer.resolve("/");
        try (Socket socket = connect(uri, localAddress)) {
            return exchange(socket, uri, requestLine + "\r\nContent-Length: 0\r\n");
        }
    }

    private static Socket connect(URI uri, String localAddress) throws IOException {
        return new Socket(InetAddress.getByName(uri.getHost()), uri.getPort(), InetAddress.getByName(localAddress), 0);
    }

    private static String exchange(Socket socket, URI uri, String requestHead) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((requestHead + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
