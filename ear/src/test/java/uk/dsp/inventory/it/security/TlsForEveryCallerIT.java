package uk.dsp.inventory.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import uk.dsp.inventory.it.support.Browser;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.FromAddress;
import uk.dsp.inventory.it.support.GatewayIdentity;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * Every caller over TLS, as in production: a person signs in to the pages in Chromium over the people's HTTPS listener
 * (no client certificate asked) and gets a Secure session cookie and HSTS; the people's and the administrator's JSON
 * APIs answer there; a Service User's signed DUIS request is answered over mutual TLS with the TLS certificate
 * registered to its party, and refused with another party's or an unregistered one, recording nothing; plain HTTP from
 * an address other than this machine's is sent on to HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class TlsForEveryCallerIT {

    /** The people's HTTPS listener of the test server (8444 and its port offset, 100). */
    private static final URI PEOPLE = FromAddress.PEOPLE_HTTPS;
    /** The gateways' listener: mutual TLS, for CSPM-N3 and DUIS. */
    private static final URI DUIS_OVER_MUTUAL_TLS =
            URI.create("https://127.0.0.1:" + N3Gateway.TLS_PORT + "/api/v1/serviceD");

    private final HttpClient https = HttpClient.newBuilder()
            .sslContext(GatewayIdentity.withoutClientCertificate())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void aPersonSignsInOverHttpsWithASecureSessionCookieAndHsts() throws Exception {
        Person person = People.of(People.supplier("IS"), "INCIDENTS");
        try (Browser browser = new Browser()) {
            browser.openUrl(PEOPLE.resolve("ssi/")).signIn(person);

            assertThat(browser.url()).startsWith(PEOPLE.toString());
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isSecure()).isTrue();
            assertThat(session.isHttpOnly()).isTrue();
        }
        HttpResponse<String> signIn = get(PEOPLE.resolve("ssi/sign-in.xhtml"), null);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allMatch(cookie -> cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"));
    }

    @Test
    void thePeoplesAndTheAdministratorsApisAnswerOverHttpsWithoutAClientCertificate() throws Exception {
        Person person = People.of(People.supplier("IS"), "INCIDENTS");

        HttpResponse<String> incidents =
                get(PEOPLE.resolve("api/v1/incidents"), basic(person.username(), People.PASSWORD));
        HttpResponse<String> parties = get(
                PEOPLE.resolve("api/admin/parties/" + person.partyId()),
                basic(PreparedServer.Admin.USER, PreparedServer.Admin.PASSWORD));

        assertThat(incidents.statusCode()).as(incidents.body()).isEqualTo(200);
        assertThat(parties.statusCode()).as(parties.body()).isEqualTo(200);
        assertThat(parties.body()).contains(person.partyId());
    }

    @Test
    void duisIsAnsweredOverMutualTlsWithTheSignersOwnRegisteredCertificateOnly() {
        GatewayIdentity tls = GatewayIdentity.issued("duis-client");
        ReturningSupplier supplier = ReturningSupplier.registerWithTlsCertificate(tls.pem());
        ReturningSupplier other = ReturningSupplier.registerWithTlsCertificate(
                GatewayIdentity.issued("other-duis-client").pem());

        String meter = Eui64s.random();
        DuisClient.Reply answered = DuisClient.postOver(
                tls.sslContext(),
                DUIS_OVER_MUTUAL_TLS,
                supplier.sign(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(DuisClient.responseCode(answered.body())).isEqualTo("I0");

        String notHis = Eui64s.random();
        DuisClient.Reply anothersCertificate = DuisClient.postOver(
                tls.sslContext(),
                DUIS_OVER_MUTUAL_TLS,
                other.sign(SmiDocuments.preNotify(other.partyId(), notHis, "ESME", null)));
        String unknown = Eui64s.random();
        DuisClient.Reply unregistered = DuisClient.postOver(
                GatewayIdentity.issued("nobody's").sslContext(),
                DUIS_OVER_MUTUAL_TLS,
                supplier.sign(SmiDocuments.preNotify(supplier.partyId(), unknown, "ESME", null)));

        assertThat(anothersCertificate.status()).isEqualTo(403);
        assertThat(anothersCertificate.body()).contains("registered to party " + supplier.partyId());
        assertThat(unregistered.status()).isEqualTo(403);
        assertThat(unregistered.body()).contains("registered to no party");
        assertThat(ItDatabase.rows("select 1 from device where device_id = any (?)", (Object)
                        new Long[] {Eui64s.value(notHis), Eui64s.value(unknown)}))
                .isEmpty();
    }

    @Test
    void plainHttpFromAnotherAddressIsSentOnToHttps() throws IOException {
        String page = FromAddress.plainHttp("127.0.0.2", "GET /dsp/ssi/sign-in.xhtml?from=mail HTTP/1.1");
        String duis = FromAddress.plainHttp("127.0.0.2", "POST /dsp/api/v1/serviceD HTTP/1.1");
        String health = FromAddress.plainHttp("127.0.0.2", "GET /dsp/health HTTP/1.1");

        assertThat(page).startsWith("HTTP/1.1 308").contains("Location: " + PEOPLE + "ssi/sign-in.xhtml?from=mail");
        assertThat(duis).startsWith("HTTP/1.1 308");
        assertThat(health).as("the balancer's health check").startsWith("HTTP/1.1 200");
        assertThat(FromAddress.plainHttp("127.0.0.1", "GET /dsp/health HTTP/1.1"))
                .startsWith("HTTP/1.1 200");
    }

    private HttpResponse<String> get(URI address, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
