package uk.dsp.inventory.it.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.PreparedServer;

/**
 * A stranger cannot lock the administrator out: the admin API answers only the administrators' addresses, so wrong
 * passwords from anywhere else are refused before they count towards the brute-force protection's lock. The
 * stranger is this machine's 127.0.0.2, the administrator 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class AdministratorLockoutIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void aStrangersWrongPasswordsNeverLockTheAdministratorOut() throws IOException {
        for (int attempt = 1; attempt <= 15; attempt++) {
            String answer = getFrom("127.0.0.2", "api/admin/parties/90-B3-D5-1F-30-01-00-00", "wrong " + attempt);
            assertThat(answer).as("attempt " + attempt).startsWith("HTTP/1.1 403");
        }

        assertThat(AdminClient.asAdministrator().get("api/admin/alerts").status())
                .isEqualTo(200);
    }

    @Test
    void theOtherApisStayOpenToEveryAddress() throws IOException {
        assertThat(getFrom("127.0.0.2", "api/v1/dsp-certificate", null)).startsWith("HTTP/1.1 200");
    }

    /** A GET sent from a given local address, as one plain HTTP/1.1 exchange; the status line and what follows. */
    private static String getFrom(String localAddress, String path, String adminPassword) throws IOException {
        URI uri = DspServer.resolve(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort(), InetAddress.getByName(localAddress), 0)) {
            StringBuilder request = new StringBuilder("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + ":" + uri.getPort() + "\r\nConnection: close\r\n");
            if (adminPassword != null) {
                String credentials = PreparedServer.Admin.USER + ":" + adminPassword;
                request.append("Authorization: Basic ")
                        .append(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
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
