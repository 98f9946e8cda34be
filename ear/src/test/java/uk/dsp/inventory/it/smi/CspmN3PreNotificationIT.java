package uk.dsp.inventory.it.smi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubs;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubsResponse;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.contract.n3.RecordOutcome;
import uk.dsp.inventory.contract.n3.RefusalCode;
import uk.dsp.inventory.contract.n3.Result;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerLog;

/** CSPM-N3 as a CSP gateway uses it: a client generated from the WSDL, against the served endpoint. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class CspmN3PreNotificationIT {

    private static final String REGION = "4G North";
    private static final String PASSWORD = "north gateway secret";

    private final AdminClient admin = AdminClient.asAdministrator();
    private String cspId;
    private String supplierId;
    private CspmN3 gateway;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void registerParties() {
        cspId = admin.cspOf(REGION, PASSWORD);
        supplierId = Eui64s.random();
        admin.registerSupplier(supplierId);
        gateway = N3Gateway.as(cspId, PASSWORD);
    }

    @Test
    void servesItsWsdlWithTheOperation() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(N3Gateway.servedWsdl().toURI()).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("PreNotifyCommsHubs", "urn:dsp-inventory:cspm:n3:v1");
    }

    @Test
    void newCommsHubsEnterTheSmiAsPendingChfAndGpf() throws Exception {
        List<CommsHub> hubs = List.of(hub(), hub(), hub());

        PreNotifyCommsHubsResponse response = gateway.preNotifyCommsHubs(call(hubs));

        assertThat(response.getAcceptedCount()).isEqualTo(3);
        assertThat(response.getRejectedCount()).isZero();
        assertThat(response.getOutcome())
                .extracting(RecordOutcome::getReasonCode)
                .containsOnly(ReasonCode.CREATED);
        for (CommsHub hub : hubs) {
            Map<String, Object> chf = device(hub.getCHFDeviceID());
            Map<String, Object> gpf = device(hub.getGPFDeviceID());
            assertThat(chf)
                    .containsEntry("device_type", "CHF")
                    .containsEntry("smi_status", "PENDING")
                    .containsEntry("gpf_device_id", Eui64s.value(hub.getGPFDeviceID()))
                    .containsEntry("notifying_party_id", cspId)
                    .containsEntry("delivered_to_party_id", supplierId)
                    .containsEntry("logistics_status", "DELIVERED")
                    .containsEntry("manufacturer", "Toshiba")
                    .containsEntry("model", "CH-4G-N1")
                    .containsEntry("firmware_version", "1.4.2")
                    .containsEntry("hardware_version", "B2")
                    .containsEntry("smets_chts_version", "CHTS 1.3")
                    .containsEntry("han_variant", "SINGLE_BAND")
                    .containsEntry("csp_region", "NORTH_4G")
                    .containsEntry("delivery_date", java.sql.Date.valueOf("2026-11-02"));
            assertThat(gpf)
                    .containsEntry("device_type", "GPF")
                    .containsEntry("smi_status", "PENDING")
                    .containsEntry("notifying_party_id", cspId)
                    .containsEntry("delivered_to_party_id", supplierId);
        }
    }

    @Test
    void textThatCopyMustEscapeIsKeptAsSent() throws Exception {
        CommsHub hub = hub();
        hub.setDeviceManufacturer("Acme\\N\tCo \\. Ltd");
        hub.setDeviceModel("\\.");

        assertThat(gateway.preNotifyCommsHubs(call(List.of(hub))).getAcceptedCount())
                .isEqualTo(1);

        Map<String, Object> chf = device(hub.getCHFDeviceID());
        assertThat(chf)
                .containsEntry("manufacturer", "Acme\\N\tCo \\. Ltd")
                .containsEntry("model", "\\.")
                .containsEntry("version", 1L);
        assertThat(chf.get("created_at")).isEqualTo(chf.get("smi_status_since")).isNotNull();
        // unchanged at once: the row COPY wrote is the entity JPA reads back and compares
        assertThat(gateway.preNotifyCommsHubs(call(List.of(hub))).getOutcome())
                .extracting(RecordOutcome::getReasonCode)
                .containsOnly(ReasonCode.UNCHANGED);
    }

    @Test
    void repeatingTheSameCallChangesNothingMore() throws Exception {
        List<CommsHub> hubs = List.of(hub(), hub());
        gateway.preNotifyCommsHubs(call(hubs));
        List<Map<String, Object>> before = devices(hubs);

        PreNotifyCommsHubsResponse again = gateway.preNotifyCommsHubs(call(hubs));

        assertThat(again.getAcceptedCount()).isEqualTo(2);
        assertThat(again.getOutcome()).extracting(RecordOutcome::getReasonCode).containsOnly(ReasonCode.UNCHANGED);
        assertThat(devices(hubs)).isEqualTo(before);
    }

    @Test
    void aReflashedCommsHubGetsItsNewFirmwareVersion() throws Exception {
        CommsHub hub = hub();
        gateway.preNotifyCommsHubs(call(List.of(hub)));
        hub.setFirmwareVersion("2.0.0");

        PreNotifyCommsHubsResponse response = gateway.preNotifyCommsHubs(call(List.of(hub)));

        assertThat(response.getOutcome().get(0).getReasonCode()).isEqualTo(ReasonCode.UPDATED);
        assertThat(device(hub.getCHFDeviceID()))
                .containsEntry("firmware_version", "2.0.0")
                .containsEntry("smi_status", "PENDING");
        assertThat(device(hub.getGPFDeviceID())).containsEntry("firmware_version", "2.0.0");
    }

    @Test
    void aCommsHubNoLongerPendingIsNotUpdated() throws Exception {
        CommsHub hub = hub();
        gateway.preNotifyCommsHubs(call(List.of(hub)));
        ItDatabase.update(
                "update device set smi_status = 'INSTALLED_NOT_COMMISSIONED' where device_id = ?",
                Eui64s.value(hub.getCHFDeviceID()));
        hub.setFirmwareVersion("2.0.0");

        assertRejected(gateway.preNotifyCommsHubs(call(List.of(hub))), ReasonCode.NOT_PENDING);
        assertThat(device(hub.getCHFDeviceID())).containsEntry("firmware_version", "1.4.2");
    }

    @Test
    void aCspMayNotUpdateACommsHubThatAnotherCspPreNotified() throws Exception {
        CommsHub hub = hub();
        gateway.preNotifyCommsHubs(call(List.of(hub)));
        // A region has one CSP; a CH pre-notified by another comes from before the region changed hands.
        String otherCsp = admin.cspOf("4G Central", "another gateway secret");
        ItDatabase.update(
                "update device set notifying_party_id = ? where device_id in (?, ?)",
                otherCsp,
                Eui64s.value(hub.getCHFDeviceID()),
                Eui64s.value(hub.getGPFDeviceID()));
        hub.setFirmwareVersion("2.0.0");

        assertRejected(gateway.preNotifyCommsHubs(call(List.of(hub))), ReasonCode.OTHER_CSP);
        assertThat(device(hub.getCHFDeviceID()))
                .containsEntry("firmware_version", "1.4.2")
                .containsEntry("notifying_party_id", otherCsp);
    }

    @Test
    void aKnownChfWithAnotherGpfIsRejected() throws Exception {
        CommsHub hub = hub();
        gateway.preNotifyCommsHubs(call(List.of(hub)));
        hub.setGPFDeviceID(Eui64s.random());

        assertRejected(gateway.preNotifyCommsHubs(call(List.of(hub))), ReasonCode.GPF_MISMATCH);
        assertThat(ItDatabase.rows("select 1 from device where device_id = ?", Eui64s.value(hub.getGPFDeviceID())))
                .isEmpty();
    }

    @Test
    void aDeviceIdAlreadyUsedByAnotherDeviceIsRejected() throws Exception {
        CommsHub first = hub();
        gateway.preNotifyCommsHubs(call(List.of(first)));
        CommsHub clash = hub();
        clash.setCHFDeviceID(first.getGPFDeviceID());

        assertRejected(gateway.preNotifyCommsHubs(call(List.of(clash))), ReasonCode.DEVICE_ID_IN_USE);
        assertThat(device(first.getGPFDeviceID())).containsEntry("device_type", "GPF");
        assertThat(ItDatabase.rows("select 1 from device where device_id = ?", Eui64s.value(clash.getGPFDeviceID())))
                .isEmpty();
    }

    @Test
    void aRecipientThatIsNotARegisteredServiceUserIsRejected() throws Exception {
        CommsHub toNobody = hub();
        toNobody.setDeliveredToPartyID(Eui64s.random());
        CommsHub toCsp = hub();
        toCsp.setDeliveredToPartyID(cspId);

        PreNotifyCommsHubsResponse response = gateway.preNotifyCommsHubs(call(List.of(toNobody, toCsp)));

        assertThat(response.getOutcome())
                .extracting(RecordOutcome::getReasonCode)
                .containsOnly(ReasonCode.UNKNOWN_RECIPIENT);
        assertThat(devices(List.of(toNobody, toCsp))).isEmpty();
    }

    @Test
    void aCallWithSomeBadRecordsAppliesTheGoodOnesAndReportsEach() throws Exception {
        CommsHub good = hub();
        CommsHub bad = hub();
        bad.setDeliveredToPartyID(Eui64s.random());
        CommsHub alsoGood = hub();

        PreNotifyCommsHubsResponse response = gateway.preNotifyCommsHubs(call(List.of(good, bad, alsoGood)));

        assertThat(response.getAcceptedCount()).isEqualTo(2);
        assertThat(response.getRejectedCount()).isEqualTo(1);
        assertThat(response.getOutcome())
                .extracting(RecordOutcome::getCHFDeviceID, RecordOutcome::getResult)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(good.getCHFDeviceID(), Result.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(bad.getCHFDeviceID(), Result.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(alsoGood.getCHFDeviceID(), Result.ACCEPTED));
        assertThat(devices(List.of(good, bad, alsoGood))).hasSize(4);
    }

    @Test
    void onlyAnAuthenticatedCspMayCall() {
        CommsHub hub = hub();
        String supplierPassword = "a supplier has no gateway password";

        for (CspmN3 caller : List.of(
                N3Gateway.as(null, null),
                N3Gateway.as(cspId, "wrong password"),
                N3Gateway.as(supplierId, supplierPassword),
                N3Gateway.as(Eui64s.random(), PASSWORD))) {
            N3RefusalFault fault =
                    catchThrowableOfType(N3RefusalFault.class, () -> caller.preNotifyCommsHubs(call(List.of(hub))));
            assertThat(fault.getFaultInfo().getCode()).isEqualTo(RefusalCode.NOT_AUTHENTICATED);
        }
        assertThat(devices(List.of(hub))).isEmpty();
    }

    @Test
    void aRefusalCausedByTheCallerIsASoapClientFault() throws Exception {
        String call = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <PreNotifyCommsHubs xmlns="urn:dsp-inventory:cspm:n3:v1"><CommsHub>
                <CHFDeviceID>%s</CHFDeviceID><GPFDeviceID>%s</GPFDeviceID><DeviceManufacturer>Toshiba</DeviceManufacturer>
                <DeviceModel>CH-4G-N1</DeviceModel><FirmwareVersion>1.4.2</FirmwareVersion><HardwareVersion>B2</HardwareVersion>
                <SMETSCHTSVersion>CHTS 1.3</SMETSCHTSVersion><HANVariant>Single Band 2.4GHz</HANVariant>
                <CSPRegion>North</CSPRegion><DeliveredToPartyID>%s</DeliveredToPartyID><DeliveryDate>2026-11-02</DeliveryDate>
                </CommsHub></PreNotifyCommsHubs></soap:Body></soap:Envelope>""".formatted(Eui64s.random(), Eui64s.random(), supplierId);
        java.net.http.HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(DspServer.resolve("cspm/N3"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header("SOAPAction", "\"urn:dsp-inventory:cspm:n3:v1:PreNotifyCommsHubs\"")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(call))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.body())
                .contains("NOT_AUTHENTICATED")
                .containsPattern("<faultcode[^>]*>[^<]*:Client</faultcode>");
    }

    @Test
    void aCspMayPreNotifyOnlyInItsOwnRegionAndAWrongRecordRefusesTheWholeCall() {
        CommsHub mine = hub();
        CommsHub elsewhere = hub();
        elsewhere.setCSPRegion("South");

        N3RefusalFault fault = catchThrowableOfType(
                N3RefusalFault.class, () -> gateway.preNotifyCommsHubs(call(List.of(mine, elsewhere))));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo(RefusalCode.REGION_NOT_PERMITTED);
        assertThat(devices(List.of(mine, elsewhere))).isEmpty();
    }

    @Test
    void moreThanAThousandRecordsAreRefusedAndNothingChanges() {
        List<CommsHub> hubs = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            hubs.add(hub());
        }

        assertThatThrownBy(() -> gateway.preNotifyCommsHubs(call(hubs))).isInstanceOf(SOAPFaultException.class);
        assertThat(devices(hubs)).isEmpty();
    }

    @Test
    void aDeviceIdTwiceInOneCallIsRefusedAndNothingChanges() {
        CommsHub first = hub();
        CommsHub again = hub();
        again.setCHFDeviceID(first.getCHFDeviceID());

        N3RefusalFault fault = catchThrowableOfType(
                N3RefusalFault.class, () -> gateway.preNotifyCommsHubs(call(List.of(first, again))));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo(RefusalCode.DUPLICATE_DEVICE_ID);
        assertThat(fault.getFaultInfo().getMessage()).contains(first.getCHFDeviceID());
        assertThat(devices(List.of(first, again))).isEmpty();
    }

    @Test
    void aSchemaInvalidCallGetsAClientFaultAndChangesNothing() throws Exception {
        CommsHub good = hub();
        CommsHub malformed = hub();
        malformed.setGPFDeviceID("not-an-eui-64");

        SOAPFaultException fault = catchThrowableOfType(
                SOAPFaultException.class, () -> gateway.preNotifyCommsHubs(call(List.of(good, malformed))));

        assertThat(fault.getFault().getFaultCodeAsQName().getLocalPart()).isEqualTo("Client");
        assertThat(devices(List.of(good))).isEmpty();
    }

    @Test
    void aCallersMistakesAreOneLineEachInTheLogNamingTheCallerWithoutAStackTrace() {
        int logBefore = ServerLog.text().length();
        CommsHub first = hub();
        CommsHub again = hub();
        again.setGPFDeviceID(first.getGPFDeviceID());
        CommsHub malformed = hub();
        malformed.setCHFDeviceID("not-an-eui-64");

        catchThrowableOfType(N3RefusalFault.class, () -> gateway.preNotifyCommsHubs(call(List.of(first, again))));
        catchThrowableOfType(SOAPFaultException.class, () -> gateway.preNotifyCommsHubs(call(List.of(malformed))));
        catchThrowableOfType(
                N3RefusalFault.class,
                () -> N3Gateway.as(cspId, "not the password").preNotifyCommsHubs(call(List.of(hub()))));
        catchThrowableOfType(
                N3RefusalFault.class,
                () -> N3Gateway.as("x\nFORGED ERROR line", "any").preNotifyCommsHubs(call(List.of(hub()))));

        String log = ServerLog.text();
        List<String> lines =
                log.substring(Math.min(logBefore, log.length())).lines().toList();
        assertThat(lines)
                .filteredOn(line -> line.contains("CSPM-N3 call refused"))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line)
                        .contains("DUPLICATE_DEVICE_ID", "from 127.0.0.1, party " + cspId, first.getGPFDeviceID()))
                .anySatisfy(line -> assertThat(line).contains("NOT_AUTHENTICATED", "party " + cspId))
                .anySatisfy(line -> assertThat(line).contains("party x?FORGED ERROR line"));
        assertThat(lines).as("a line the caller wrote").noneMatch(line -> line.startsWith("FORGED"));
        assertThat(lines)
                .filteredOn(line -> line.startsWith("\tat ") || line.startsWith("Caused by: "))
                .isEmpty();
    }

    @Test
    void aMissingFieldIsRefusedBeforeTheEndpoint() throws Exception {
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:n3="urn:dsp-inventory:cspm:n3:v1">
                  <soapenv:Body><n3:PreNotifyCommsHubs><n3:CommsHub>
                    <n3:CHFDeviceID>%s</n3:CHFDeviceID><n3:GPFDeviceID>%s</n3:GPFDeviceID>
                    <n3:DeviceManufacturer>Toshiba</n3:DeviceManufacturer>
                    <n3:FirmwareVersion>1.4.2</n3:FirmwareVersion><n3:HardwareVersion>B2</n3:HardwareVersion>
                    <n3:SMETSCHTSVersion>CHTS 1.3</n3:SMETSCHTSVersion><n3:HANVariant>Single Band 2.4GHz</n3:HANVariant>
                    <n3:CSPRegion>4G North</n3:CSPRegion><n3:DeliveredToPartyID>%s</n3:DeliveredToPartyID>
                    <n3:DeliveryDate>2026-11-02</n3:DeliveryDate>
                  </n3:CommsHub></n3:PreNotifyCommsHubs></soapenv:Body>
                </soapenv:Envelope>""";
        CommsHub hub = hub();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(DspServer.resolve("cspm/N3"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header("SOAPAction", "\"\"")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((cspId + ":" + PASSWORD).getBytes()))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        envelope.formatted(hub.getCHFDeviceID(), hub.getGPFDeviceID(), supplierId)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("faultcode>soap:Client<", "DeviceModel");
        assertThat(devices(List.of(hub))).isEmpty();
    }

    private CommsHub hub() {
        return N3Gateway.commsHub(REGION, supplierId);
    }

    private static PreNotifyCommsHubs call(List<CommsHub> hubs) {
        return N3Gateway.call(hubs);
    }

    private static void assertRejected(PreNotifyCommsHubsResponse response, ReasonCode reason) {
        assertThat(response.getAcceptedCount()).isZero();
        assertThat(response.getRejectedCount()).isEqualTo(1);
        assertThat(response.getOutcome().get(0).getResult()).isEqualTo(Result.REJECTED);
        assertThat(response.getOutcome().get(0).getReasonCode()).isEqualTo(reason);
        assertThat(response.getOutcome().get(0).getDescription()).isNotBlank();
    }

    private static Map<String, Object> device(String deviceId) {
        List<Map<String, Object>> rows =
                ItDatabase.rows("select * from device where device_id = ?", Eui64s.value(deviceId));
        assertThat(rows).as("device " + deviceId).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, Object>> devices(List<CommsHub> hubs) {
        List<Long> ids = new ArrayList<>();
        hubs.forEach(h -> {
            ids.add(Eui64s.value(h.getCHFDeviceID()));
            ids.add(Eui64s.value(h.getGPFDeviceID()));
        });
        return ItDatabase.rows(
                "select * from device where device_id = any (?) order by device_id", (Object) ids.toArray(Long[]::new));
    }
}
