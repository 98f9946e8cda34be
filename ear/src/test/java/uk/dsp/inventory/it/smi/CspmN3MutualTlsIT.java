package uk.dsp.inventory.it.smi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.xml.ws.WebServiceException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.contract.n3.RefusalCode;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.GatewayIdentity;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerLog;
import uk.dsp.inventory.it.support.ServerSettings;

/**
 * CSPM-N3 over the HTTPS listener, with the Metro client presenting a gateway certificate that the development CA
 * (standing in for the DCC's) issued and the administrator registered to the CSP; and every way in that must fail.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class CspmN3MutualTlsIT {

    private static final String REGION = "North";
    private static final String PASSWORD = "north gateway password";

    private final AdminClient admin = AdminClient.asAdministrator();
    private String cspId;
    private String supplierId;
    private GatewayIdentity gateway;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void registerTheCspsGatewayCertificate() {
        cspId = admin.cspOf(REGION, PASSWORD);
        supplierId = Eui64s.random();
        admin.registerSupplier(supplierId);
        gateway = GatewayIdentity.issued("gateway-" + cspId);
        assertThat(registerGatewayCertificates(cspId, REGION, gateway.pem()).status())
                .isEqualTo(200);
    }

    @Test
    void aGatewayWithItsRegisteredCertificatePreNotifiesWithoutAPassword() throws Exception {
        CommsHub hub = N3Gateway.commsHub(REGION, supplierId);

        assertThat(N3Gateway.overTls(gateway.sslContext())
                        .preNotifyCommsHubs(N3Gateway.call(List.of(hub)))
                        .getAcceptedCount())
                .isEqualTo(1);

        assertThat(notifierOf(hub)).containsExactly(cspId);
        JsonObject party = admin.read(cspId).json();
        assertThat(party.getJsonArray("gatewayCertificates").getString(0))
                .isEqualTo(gateway.pem().strip());
    }

    @Test
    void theGatewaysListenerServesCspmN3AndDuisAndNothingElse() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .sslContext(gateway.sslContext())
                .build();
        java.util.function.Function<String, Integer> status = path -> {
            try {
                return client.send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create("https://127.0.0.1:" + N3Gateway.TLS_PORT + path))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        assertThat(status.apply("/dsp/cspm/N3?wsdl")).isEqualTo(200);
        for (String elsewhere : List.of(
                "/dsp/ssi/sign-in.xhtml",
                "/dsp/api/v1/dsp-certificate",
                "/dsp/api/admin/parties",
                "/dsp/api/v1/incidents",
                "/dsp/metrics",
                "/dsp/cspm")) {
            assertThat(status.apply(elsewhere)).as(elsewhere).isEqualTo(404);
        }
        // DUIS is there (POST only: TlsForEveryCallerIT sends it requests)
        assertThat(status.apply("/api/v1/serviceD")).isEqualTo(405);
    }

    @Test
    void withoutAClientCertificateTheHandshakeIsRefused() {
        CommsHub hub = N3Gateway.commsHub(REGION, supplierId);

        assertHandshakeRefused(N3Gateway.overTls(GatewayIdentity.withoutClientCertificate()), hub);
        assertThat(notifierOf(hub)).isEmpty();
    }

    @Test
    void anExpiredOrSelfSignedCertificateIsRefusedAtTheHandshake() {
        CommsHub hub = N3Gateway.commsHub(REGION, supplierId);

        assertHandshakeRefused(
                N3Gateway.overTls(GatewayIdentity.expired("expired").sslContext()), hub);
        assertHandshakeRefused(
                N3Gateway.overTls(GatewayIdentity.selfSigned("self").sslContext()), hub);
        assertThat(notifierOf(hub)).isEmpty();
    }

    @Test
    void aCertificateTheAuthorityRevokedIsRefusedAtTheHandshakeOnceItsListIsPublished() {
        assertThat(handshakeRefused(gateway)).isFalse();
        CommsHub hub = N3Gateway.commsHub(REGION, supplierId);
        try {
            GatewayIdentity.publishRevocationList(gateway);
            Eventually.await(
                    "the server refusing the revoked certificate (it reloads the list within 15 s)",
                    () -> handshakeRefused(gateway));
            assertHandshakeRefused(N3Gateway.overTls(gateway.sslContext()), hub);
            assertThat(notifierOf(hub)).isEmpty();
            assertThat(ServerLog.linesWith("Reloaded the CSP gateways' revocation list"))
                    .isNotEmpty();
        } finally {
            GatewayIdentity.publishRevocationList();
        }
        Eventually.await(
                "the certificate taken again once the list no longer names it", () -> !handshakeRefused(gateway));
    }

    /** Whether a pre-notification of a new CH over TLS with this identity fails before any SOAP answer. */
    private boolean handshakeRefused(GatewayIdentity identity) {
        try {
            N3Gateway.overTls(identity.sslContext())
                    .preNotifyCommsHubs(N3Gateway.call(List.of(N3Gateway.commsHub(REGION, supplierId))));
            return false;
        } catch (N3RefusalFault answered) {
            return false;
        } catch (WebServiceException refused) {
            return !(refused instanceof jakarta.xml.ws.soap.SOAPFaultException);
        }
    }

    @Test
    void aCertificateTheAuthorityIssuedButNoCspRegisteredIsNotAuthenticated() {
        CommsHub hub = N3Gateway.commsHub(REGION, supplierId);

        assertRefusedAsNotAuthenticated(
                N3Gateway.overTls(GatewayIdentity.issued("stranger").sslContext()), hub);
        assertThat(notifierOf(hub)).isEmpty();
    }

    @Test
    void oneCspsCertificateWithAnotherCspsPartyIdIsRefused() {
        String otherCsp = admin.cspOf("South", "south gateway password");
        CspmN3 mixed = N3Gateway.overTls(gateway.sslContext());
        N3Gateway.useBasic(mixed, otherCsp, "south gateway password");
        CommsHub hub = N3Gateway.commsHub("South", supplierId);

        assertRefusedAsNotAuthenticated(mixed, hub);
        assertThat(notifierOf(hub)).isEmpty();
    }

    @Test
    void aCertificateIsRegisteredToOnePartyOnly() {
        String otherCsp = admin.cspOf("South", "south gateway password");

        AdminClient.Reply taken = registerGatewayCertificates(otherCsp, "South", gateway.pem());
        AdminClient.Reply supplier = admin.update(
                supplierId,
                AdminClient.party(supplierId, "Supplier", List.of("IS", "GS"), null, List.of(), null)
                        .add("gatewayCertificates", Json.createArrayBuilder().add(gateway.pem()))
                        .build()
                        .toString());

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("error")).contains(cspId);
        assertThat(supplier.status()).isEqualTo(409);
        assertThat(supplier.json().getString("error")).contains(cspId);
        assertThat(ItDatabase.rows("select party_id from party_gateway_certificate where party_id <> ?", cspId).stream()
                        .filter(row -> row.get("party_id").equals(otherCsp)
                                || row.get("party_id").equals(supplierId))
                        .toList())
                .isEmpty();
    }

    @Test
    void httpBasicOnLoopbackCanBeSwitchedOff() throws Exception {
        CommsHub hub = N3Gateway.commsHub(REGION, supplierId);
        ServerSettings.set("dsp.n3.basic-auth", "off");
        try {
            assertRefusedAsNotAuthenticated(N3Gateway.as(cspId, PASSWORD), hub);
        } finally {
            ServerSettings.set("dsp.n3.basic-auth", "loopback");
        }
        assertThat(notifierOf(hub)).isEmpty();

        assertThat(N3Gateway.as(cspId, PASSWORD)
                        .preNotifyCommsHubs(N3Gateway.call(List.of(hub)))
                        .getAcceptedCount())
                .isEqualTo(1);
    }

    private AdminClient.Reply registerGatewayCertificates(String partyId, String region, String pem) {
        return admin.update(
                partyId,
                AdminClient.party(partyId, "CSP " + partyId, List.of("CSP"), region, List.of(), null)
                        .add("gatewayCertificates", Json.createArrayBuilder().add(pem))
                        .build()
                        .toString());
    }

    private static void assertHandshakeRefused(CspmN3 port, CommsHub hub) {
        WebServiceException refused = catchThrowableOfType(
                WebServiceException.class, () -> port.preNotifyCommsHubs(N3Gateway.call(List.of(hub))));
        assertThat(refused).as("the call must fail at the TLS handshake").isNotNull();
        // With TLS 1.3 the client may finish its side first and see the server's refusal as a closed connection.
        assertThat(refused).isNotInstanceOf(jakarta.xml.ws.soap.SOAPFaultException.class);
        assertThat(refused.getCause()).isInstanceOf(java.io.IOException.class);
    }

    private static void assertRefusedAsNotAuthenticated(CspmN3 port, CommsHub hub) {
        N3RefusalFault fault =
                catchThrowableOfType(N3RefusalFault.class, () -> port.preNotifyCommsHubs(N3Gateway.call(List.of(hub))));
        assertThat(fault).as("a NOT_AUTHENTICATED fault").isNotNull();
        assertThat(fault.getFaultInfo().getCode()).isEqualTo(RefusalCode.NOT_AUTHENTICATED);
    }

    private static List<Object> notifierOf(CommsHub hub) {
        return ItDatabase.rows(
                        "select notifying_party_id from device where device_id = ?", Eui64s.value(hub.getCHFDeviceID()))
                .stream()
                .map(row -> row.get("notifying_party_id"))
                .toList();
    }
}
