package uk.dsp.inventory.it.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.FromAddress;
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

    private static String getFrom(String localAddress, String path, String adminPassword) throws IOException {
        return FromAddress.get(
                localAddress, path, adminPassword == null ? null : PreparedServer.Admin.USER, adminPassword);
    }
}
