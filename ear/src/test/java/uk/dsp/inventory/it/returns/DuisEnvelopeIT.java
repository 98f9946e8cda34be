package uk.dsp.inventory.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.returns.BulkCommsHubReturnsIT.logisticsStatuses;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerLog;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.DuisSigner;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SigningIdentity;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * What the DUIS endpoint refuses before it trusts a document: replays, broken, foreign, missing or unknown
 * signatures, invalid or hostile XML. Each gets its HTTP 4xx with a reason, and the CH stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class DuisEnvelopeIT {

    private ReturningSupplier supplier;
    private Hub hub;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void deliverAHub() {
        supplier = ReturningSupplier.register();
        hub = supplier.deliveredHubs(1).get(0);
    }

    @Test
    void servesTheSameEndpointAtDccBoxedsRootPathAndUnderTheApplication() {
        Hub other = supplier.deliveredHubs(1).get(0);
        String atRoot = supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub));
        String underApplication =
                supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), other));

        DuisClient.Reply rootReply = DuisClient.post(atRoot);
        DuisClient.Reply aliasReply = DuisClient.postTo(
                DspServer.resolve("api/v1/serviceD"), underApplication.getBytes(StandardCharsets.UTF_8));

        assertThat(rootReply.body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
        assertThat(aliasReply.body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
        assertThat(DuisClient.postTo(DspServer.resolve("/api/v1/serviceD"), atRoot.getBytes(StandardCharsets.UTF_8))
                        .status())
                .as("the two addresses share one replay guard")
                .isEqualTo(409);
    }

    @Test
    void refusesAReplayedRequestAndAnyCounterNotAboveTheLast() {
        long counter = nextCounter();
        String signed = supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), counter, hub));
        assertThat(DuisClient.post(signed).body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");

        DuisClient.Reply replay = DuisClient.post(signed);
        DuisClient.Reply older =
                DuisClient.post(supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), counter - 1, hub)));

        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.body()).contains("replay");
        assertThat(older.status()).isEqualTo(409);
    }

    @Test
    void refusesADocumentChangedAfterSigning() {
        Hub other = supplier.deliveredHubs(1).get(0);
        String signed = supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub));

        DuisClient.Reply reply = DuisClient.post(signed.replace(hub.chf(), other.chf()));

        assertRefused(reply, 403, "does not verify");
        assertThat(logisticsStatuses(List.of(hub, other))).containsOnly("DELIVERED");
    }

    @Test
    void refusesASignatureByAKeyThatIsNotRegistered() {
        SigningIdentity impostor = SigningIdentity.generate(supplier.partyId());

        DuisClient.Reply reply = DuisClient.post(
                new DuisSigner(impostor).sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)));

        assertRefused(reply, 403, "not a registered signing certificate of the originator");
    }

    @Test
    void refusesASignatureByAnotherPartysRegisteredKey() {
        ReturningSupplier other = ReturningSupplier.register();

        DuisClient.Reply reply =
                DuisClient.post(other.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)));

        assertRefused(reply, 403, "not a registered signing certificate of the originator");
        assertThat(reply.body()).as("the owner of the serial stays unsaid").doesNotContain(other.partyId());
    }

    @Test
    void refusesAnUnsignedRequest() {
        assertRefused(
                DuisClient.post(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)),
                403,
                "not signed");
    }

    @Test
    void refusesARequestThatIsNotSchemaValid() {
        String invalid = ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)
                .replace("No Fault Return (general)", "Changed my mind");

        assertRefused(DuisClient.post(supplier.sign(invalid)), 400, "DUIS schema");
    }

    @Test
    void refusesARequestAddressedToAnotherDsp() {
        String elsewhere = ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)
                .replace(":" + ReturnDocuments.DSP + ":", ":00-00-00-00-00-00-00-02:");

        assertRefused(DuisClient.post(supplier.sign(elsewhere)), 400, "not to this DSP");
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                """
                + ReturnDocuments.faultReturn(
                                supplier.partyId(), nextCounter(), hub, "Fault identified prior to installation")
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                        .replace("RMA-1", "&secret;");

        DuisClient.Reply reply = DuisClient.post(xxe);

        assertRefused(reply, 400, "DTD");
        assertThat(reply.body()).doesNotContain("root:");
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append(
                "]><sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\">&lol9;</sr:Request>");

        assertRefused(DuisClient.post(laughs.toString()), 400, "DTD");
    }

    @Test
    void refusesAnOversizedDocument() {
        byte[] huge =
                ("<?xml version=\"1.0\"?><sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\">"
                                + " ".repeat(3 * 1024 * 1024) + "</sr:Request>")
                        .getBytes(StandardCharsets.UTF_8);

        assertRefused(DuisClient.post(huge), 413, "at most");
    }

    @Test
    void refusesADocumentNestedDeeperThanAnyDuisDocumentWherever() {
        String request = ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub);
        for (int depth : new int[] {100, 1_000, 10_000}) {
            String nested = "<x>".repeat(depth) + "</x>".repeat(depth);
            for (String deep : List.of(
                    request.replace("<sr:Header>", "<sr:Header>" + nested),
                    request.replace("</sr:CHFNoFaultReturn>", nested + "</sr:CHFNoFaultReturn>"),
                    request.replace(
                            "</sr:Request>",
                            "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:Object>" + nested
                                    + "</ds:Object></ds:Signature></sr:Request>"))) {
                DuisClient.Reply reply = DuisClient.post(deep);
                assertThat(reply.status()).as("nested " + depth).isEqualTo(400);
                assertThat(reply.body()).contains("nested deeper than");
            }
        }
    }

    @Test
    void refusesADocumentThatIsNotARequest() {
        String response = supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)
                .replace("sr:Request", "sr:Response"));

        assertRefused(DuisClient.post(response), 400, "not an sr:Request");
    }

    @Test
    void aCspWithARegisteredCertificateIsNotAServiceUserAndGetsE4() {
        AdminClient admin = AdminClient.asAdministrator();
        SigningIdentity csp = SigningIdentity.generate(admin.cspOf("South", "a long gateway secret"));
        assertThat(admin.update(
                                csp.partyId(),
                                AdminClient.party(
                                                csp.partyId(),
                                                "CSP " + csp.partyId(),
                                                List.of("CSP"),
                                                "South",
                                                List.of(csp.certificatePem()),
                                                "a long gateway secret")
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(200);
        String read = new DuisSigner(csp).sign(SmiDocuments.readByDeviceId(csp.partyId(), hub.chf()));

        DuisClient.Reply reply = DuisClient.post(read);

        assertThat(reply.body()).contains("<sr:ResponseCode>E4</sr:ResponseCode>");
        assertThat(ItDatabase.rows("select response_code from sat_entry where originator_id = ?", csp.partyId()))
                .extracting(r -> r.get("response_code"))
                .containsExactly("E4");
    }

    @Test
    void refusesTextThatIsNotXml() {
        assertRefused(DuisClient.post("8.14.3 please"), 400, "not well-formed");
    }

    @Test
    void numbersTooLongToParseCheaplyAreRefusedUnparsedWithAShortAnswer() {
        String request = ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub);
        String longVersion = supplier.sign(request)
                .replace("schemaVersion=\"5.1\"", "schemaVersion=\"5." + "1".repeat(1_000_000) + "\"");
        String signed = supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub));
        String longSerial = signed.replaceFirst(
                "<ds:X509SerialNumber>[0-9]+</ds:X509SerialNumber>",
                "<ds:X509SerialNumber>" + "9".repeat(1_000_000) + "</ds:X509SerialNumber>");

        DuisClient.Reply version = DuisClient.post(longVersion);
        DuisClient.Reply serial = DuisClient.post(longSerial);

        assertRefused(version, 400, "does not validate against the DUIS schema");
        assertThat(version.body())
                .as("the answer quotes the start of the value, not all of it")
                .hasSizeLessThan(1000);
        assertRefused(serial, 403, "longer than 49 digits");
    }

    @Test
    void aYearTheSmiCannotStoreIsRefusedByTheSchema() {
        String install = SmiDocuments.installWithSmWan(supplier.partyId(), hub.chf(), "1234567890")
                .replace(
                        "</sr:CHFInstallType>",
                        "</sr:CHFInstallType><sr:InstallDateTime>300000-01-01T00:00:00Z</sr:InstallDateTime>");

        assertRefused(DuisClient.post(supplier.sign(install)), 400, "'300000-01-01T00:00:00Z' is not facet-valid");
    }

    @Test
    void malformedXmlIsRefusedWithoutWritingTheCallersTextToTheLog() {
        String marker = "unlogged" + Eui64s.random().replace("-", "");

        assertRefused(DuisClient.post("<" + marker + "><x></" + marker + ">"), 400, "not well-formed");
        assertThat(ServerLog.linesWith(marker)).isEmpty();
    }

    private void assertRefused(DuisClient.Reply reply, int status, String reason) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.body()).contains(reason);
        assertThat(logisticsStatuses(List.of(hub))).containsOnly("DELIVERED");
    }
}
