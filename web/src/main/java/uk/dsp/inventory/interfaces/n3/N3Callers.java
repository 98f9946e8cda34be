package uk.dsp.inventory.interfaces.n3;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.interfaces.http.BasicCredentials;
import uk.dsp.inventory.parties.boundary.AuthenticatedCsp;
import uk.dsp.inventory.parties.boundary.PartyAuthentication;
import uk.dsp.inventory.platform.logging.LogSafe;
import uk.dsp.inventory.smi.control.RefusalReason;

/**
 * Who calls CSPM-N3. On the HTTPS listener a gateway has already shown a client certificate that the DCC's authority
 * issued (the listener's trust store); here it must also be registered to a CSP. HTTP Basic with the CSP's party ID
 * and password is for development on loopback only, and off altogether when {@value #BASIC_SETTING} is not
 * {@code loopback}.
 */
@ApplicationScoped
public class N3Callers {

    static final String BASIC_SETTING = "dsp.n3.basic-auth";
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @EJB
    PartyAuthentication authentication;

    public AuthenticatedCsp authenticate(HttpServletRequest request) throws N3RefusalFault {
        Optional<BasicCredentials> basic = BasicCredentials.fromHeader(request.getHeader("Authorization"));
        if (request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0) {
            AuthenticatedCsp csp = authentication
                    .authenticateCsp(chain[0])
                    .orElseThrow(() -> refused("the client certificate is not registered to a CSP"));
            if (basic.isPresent() && !basic.get().user().equals(csp.partyId())) {
                throw refused("the client certificate and the HTTP Basic party ID are not the same CSP");
            }
            return csp;
        }
        if (!basicAllowed(request)) {
            throw refused("CSPM-N3 needs the TLS client certificate registered to the CSP");
        }
        return basic.flatMap(credentials -> authentication.authenticateCsp(credentials.user(), credentials.password()))
                .orElseThrow(() -> refused("CSPM-N3 needs a registered CSP's client certificate, or on loopback"
                        + " its party ID and password (HTTP Basic)"));
    }

    /**
     * Who a call says it is, for a line in the log: the peer's address, and its certificate's subject or the party ID
     * it sends with HTTP Basic. The caller wrote the latter, so it is cut short and kept to printable ASCII.
     */
    static String describe(HttpServletRequest request) {
        String claimed;
        if (request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0) {
            claimed = "certificate " + chain[0].getSubjectX500Principal().getName() + " serial "
                    + chain[0].getSerialNumber().toString(16);
        } else {
            claimed = BasicCredentials.fromHeader(request.getHeader("Authorization"))
                    .map(credentials -> "party " + credentials.user())
                    .orElse("no credentials");
        }
        return "from " + request.getRemoteAddr() + ", " + LogSafe.text(claimed);
    }

    private static boolean basicAllowed(HttpServletRequest request) {
        return "loopback".equals(System.getProperty(BASIC_SETTING, "off")) && isLoopback(request.getRemoteAddr());
    }

    private static boolean isLoopback(String address) {
        try {
            // The servlet container gives the peer as an IP literal, so no name is looked up.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static N3RefusalFault refused(String message) {
        return N3Messages.refusal(RefusalReason.NOT_AUTHENTICATED, message);
    }
}
