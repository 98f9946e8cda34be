package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A GET sent from a given local address of this machine (127.0.0.2 is another caller than 127.0.0.1), as one
 * plain HTTP/1.1 exchange: Java's HTTP client cannot choose its local address.
 */
public final class FromAddress {

    private FromAddress() {}

    /** The status line and what follows; with Basic credentials when {@code user} is not null. */
    public static String get(String localAddress, String path, String user, String password) throws IOException {
        URI uri = DspServer.resolve(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort(), InetAddress.getByName(localAddress), 0)) {
            StringBuilder request = new StringBuilder("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + ":" + uri.getPort() + "\r\nConnection: close\r\n");
            if (user != null) {
                request.append("Authorization: Basic ")
                        .append(Base64.getEncoder()
                                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
