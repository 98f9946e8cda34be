package uk.dsp.inventory.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.DuisSchema;
import uk.dsp.inventory.it.support.duis.DuisVerifier;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/** SR 8.14.3 and 8.14.4, single and bulk, as a Service User's DUIS client sends them: signed XML over HTTP. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class BulkCommsHubReturnsIT {

    private ReturningSupplier supplier;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void registerSupplier() {
        supplier = ReturningSupplier.register();
    }

    @Test
    void aSingleFaultReturnIsAcceptedAuditedRecordedAndMailedToTheCsp() throws Exception {
        Hub hub = supplier.deliveredHubs(1).get(0);
        long counter = nextCounter();

        DuisClient.Reply reply = DuisClient.post(supplier.sign(ReturnDocuments.faultReturn(
                supplier.partyId(), counter, hub, "Fault identified prior to installation")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .contains(
                        "<sr:ResponseCode>I0</sr:ResponseCode>",
                        "<sr:ServiceReferenceVariant>8.14.3<",
                        supplier.requestId(counter))
                .doesNotContain("DSPBulkCHReturnWarning");
        assertThat(DuisVerifier.verify(reply.body(), dspCertificate())).isTrue();
        DuisSchema.validate(reply.body());
        assertThat(logisticsStatuses(List.of(hub))).containsOnly("RETURNED");
        String requestId = supplier.requestId(counter);
        assertThat(ItDatabase.rows(
                        "select entry_kind, device_id, response_code from sat_entry where request_id = ? order by entry_kind",
                        requestId))
                .extracting(row -> row.get("entry_kind") + " " + row.get("response_code"))
                .containsExactly("DEVICE I0", "REQUEST I0");
        Eventually.await("the returns record", () -> returnsRecords(requestId).size() == 1);
        Map<String, Object> record = returnsRecords(requestId).get(0);
        assertThat(record)
                .containsEntry("device_id", Eui64s.value(hub.chf()))
                .containsEntry("status", "OPEN")
                .containsEntry("return_type", "Fault identified prior to installation")
                .containsEntry("fault_reason", "Damaged case")
                .containsEntry("returning_party_id", supplier.partyId());
        Eventually.await(
                "the CSP's mail",
                () -> !CspMailbox.mailsAbout(supplier.cspEmail(), requestId).isEmpty());
        jakarta.mail.internet.MimeMessage mail =
                CspMailbox.mailsAbout(supplier.cspEmail(), requestId).get(0);
        assertThat(CspMailbox.content(mail)).contains(hub.chf());
        // made from the request and the CSP: a notice sent again after a crash is the same message
        assertThat(mail.getMessageID())
                .isEqualTo("<returns." + requestId.replace(':', '.') + ".to." + supplier.cspId() + "@dsp-inventory>");
    }

    @Test
    void aSingleNoFaultReturnIsAccepted() {
        Hub hub = supplier.deliveredHubs(1).get(0);

        DuisClient.Reply reply =
                DuisClient.post(supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)));

        assertThat(reply.body())
                .contains("<sr:ResponseCode>I0</sr:ResponseCode>", "<sr:ServiceReferenceVariant>8.14.4<");
        assertThat(logisticsStatuses(List.of(hub))).containsOnly("RETURNED");
    }

    @Test
    void returns999HubsInOneRequestEachWithItsOwnAuditEntryAndReturnsRecord() {
        List<Hub> hubs = supplier.deliveredHubs(999);
        long counter = nextCounter();
        String requestId = supplier.requestId(counter);

        DuisClient.Reply reply =
                DuisClient.post(supplier.sign(ReturnDocuments.bulkFaultReturn(supplier.partyId(), counter, hubs)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .contains(
                        "<sr:ResponseCode>I0</sr:ResponseCode>",
                        "<sr:AcceptedCount>999</sr:AcceptedCount>",
                        "<sr:RejectedCount>0</sr:RejectedCount>");
        DuisSchema.validate(reply.body());
        assertThat(logisticsStatuses(hubs)).hasSize(999 * 2).containsOnly("RETURNED");
        assertThat(ItDatabase.rows(
                                "select count(*) as n from sat_entry where request_id = ? and entry_kind = 'DEVICE'"
                                        + " and response_code = 'I0'",
                                requestId)
                        .get(0)
                        .get("n"))
                .isEqualTo(999L);
        Eventually.await("999 returns records", () -> returnsRecords(requestId).size() == 999);
        Eventually.await(
                "one mail to the CSP listing 999 CHs",
                () -> CspMailbox.mailsAbout(supplier.cspEmail(), requestId).size() == 1);
    }

    @Test
    void refuses1000RecordsAsAWholeAuditedAndChangesNothingElse() throws Exception {
        List<Hub> hubs = supplier.deliveredHubs(1000);
        long counter = nextCounter();
        String signed = supplier.sign(ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), counter, hubs));

        DuisClient.Reply reply = DuisClient.post(signed);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("<sr:ResponseCode>E081406</sr:ResponseCode>");
        assertThat(DuisVerifier.verify(reply.body(), dspCertificate())).isTrue();
        DuisSchema.validate(reply.body());
        assertThat(logisticsStatuses(hubs)).containsOnly("DELIVERED");
        assertThat(ItDatabase.rows(
                        "select entry_kind, response_code from sat_entry where request_id = ?",
                        supplier.requestId(counter)))
                .extracting(r -> r.get("entry_kind") + " " + r.get("response_code"))
                .containsExactly("REQUEST E081406");
        assertThat(DuisClient.post(signed).status()).as("its counter is spent").isEqualTo(409);
    }

    @Test
    void reportsEachFailedHubByKindAndReturnsTheRest() {
        List<Hub> mine = supplier.deliveredHubs(6);
        ReturningSupplier other = ReturningSupplier.register();
        Hub othersHub = other.deliveredHubs(1).get(0);
        Hub alreadyReturned = mine.get(1);
        DuisClient.post(
                supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), alreadyReturned)));
        Hub unknown = new Hub(Eui64s.random(), Eui64s.random());
        Hub gpfAsDevice = new Hub(mine.get(2).gpf(), mine.get(2).chf());
        Hub wrongGpf = new Hub(mine.get(3).chf(), mine.get(4).gpf());
        Hub duplicate = mine.get(5);
        List<Hub> hubs =
                List.of(mine.get(0), unknown, gpfAsDevice, othersHub, alreadyReturned, wrongGpf, duplicate, duplicate);
        long counter = nextCounter();

        DuisClient.Reply reply =
                DuisClient.post(supplier.sign(ReturnDocuments.bulkFaultReturn(supplier.partyId(), counter, hubs)));

        assertThat(reply.body())
                .contains(
                        "<sr:ResponseCode>W081401</sr:ResponseCode>",
                        "<sr:AcceptedCount>1</sr:AcceptedCount>",
                        "<sr:RejectedCount>7</sr:RejectedCount>",
                        "<sr:NotInInventoryDeviceIDList ResponseCode=\"E19\">" + unknown.chf() + "<",
                        "<sr:NotCommsHubDeviceIDList ResponseCode=\"E11\">" + gpfAsDevice.chf() + "<",
                        "<sr:NotAuthorisedDeviceIDList ResponseCode=\"E4\">" + othersHub.chf() + "<",
                        "<sr:AlreadyReturnedDeviceIDList ResponseCode=\"E081401\">" + alreadyReturned.chf() + "<",
                        "<sr:GPFMismatchDeviceIDList ResponseCode=\"E081402\">" + wrongGpf.chf() + "<",
                        "<sr:DuplicateDeviceIDList ResponseCode=\"E081405\">" + duplicate.chf() + "," + duplicate.chf()
                                + "<");
        DuisSchema.validate(reply.body());
        assertThat(logisticsStatuses(List.of(mine.get(0)))).containsOnly("RETURNED");
        assertThat(logisticsStatuses(List.of(othersHub, mine.get(3), mine.get(5))))
                .containsOnly("DELIVERED");
        assertThat(ItDatabase.rows(
                        "select response_code from sat_entry where request_id = ? and entry_kind = 'DEVICE'",
                        supplier.requestId(counter)))
                .extracting(r -> r.get("response_code"))
                .containsExactlyInAnyOrder("I0", "E19", "E11", "E4", "E081401", "E081402", "E081405", "E081405");
    }

    @Test
    void refusesAPostInstallationFaultOfAHubNeverInstalledWithE5() {
        Hub hub = supplier.deliveredHubs(1).get(0);

        DuisClient.Reply reply = DuisClient.post(supplier.sign(ReturnDocuments.faultReturn(
                supplier.partyId(), nextCounter(), hub, "Fault identified post installation")));

        assertThat(reply.body()).contains("<sr:ResponseCode>E5</sr:ResponseCode>");
        assertThat(logisticsStatuses(List.of(hub))).containsOnly("DELIVERED");
    }

    @Test
    void refusesAServiceUserWithoutRoleIsOrGsWithE4() {
        ReturningSupplier exporter = ReturningSupplier.register("ES");
        Hub hub = exporter.deliveredHubs(1).get(0);

        DuisClient.Reply reply =
                DuisClient.post(exporter.sign(ReturnDocuments.noFaultReturn(exporter.partyId(), nextCounter(), hub)));

        assertThat(reply.body()).contains("<sr:ResponseCode>E4</sr:ResponseCode>");
        assertThat(logisticsStatuses(List.of(hub))).containsOnly("DELIVERED");
    }

    @Test
    void aNoneAcceptedBulkRequestAnswersTheFirstHubsCode() {
        DuisClient.Reply reply = DuisClient.post(supplier.sign(ReturnDocuments.bulkNoFaultReturn(
                supplier.partyId(),
                nextCounter(),
                List.of(new Hub(Eui64s.random(), Eui64s.random()), new Hub(Eui64s.random(), Eui64s.random())))));

        assertThat(reply.body())
                .contains("<sr:ResponseCode>E19</sr:ResponseCode>", "<sr:AcceptedCount>0</sr:AcceptedCount>");
    }

    private static X509Certificate dspCertificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(DuisClient.dspCertificatePem().getBytes(StandardCharsets.US_ASCII)));
    }

    static List<Object> logisticsStatuses(List<Hub> hubs) {
        List<Long> ids = new ArrayList<>();
        hubs.forEach(h -> {
            ids.add(Eui64s.value(h.chf()));
            ids.add(Eui64s.value(h.gpf()));
        });
        return ItDatabase.rows("select logistics_status from device where device_id = any (?)", (Object)
                        ids.toArray(Long[]::new))
                .stream()
                .map(row -> row.get("logistics_status"))
                .toList();
    }

    static List<Map<String, Object>> returnsRecords(String requestId) {
        return ItDatabase.rows("select * from returns_record where request_id = ?", requestId);
    }
}
