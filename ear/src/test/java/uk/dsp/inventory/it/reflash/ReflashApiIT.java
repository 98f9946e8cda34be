package uk.dsp.inventory.it.reflash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.dsp.inventory.it.support.duis.DuisClient.responseCode;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ReflashFixtures;
import uk.dsp.inventory.it.support.ServerSettings;
import uk.dsp.inventory.it.support.SmiFixtures;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * CH re-flash over the JSON API, CSPM-N3 and DUIS on the real server: every refusal of a request and of the SMI's new
 * firmware, what other parties and CSPs can neither see nor change, and a request from its checks to its CHs back in
 * the party's stock, charged.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class ReflashApiIT {

    /** ReturningSupplier's region: its CSP pre-notifies the CHs these tests re-flash. */
    private static final String REGION = ReturningSupplier.REGION;

    private static final String REQUESTS = "api/v1/reflash-requests";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeAll
    static void mailbox() {
        CspMailbox.start();
    }

    @Test
    void anAnonymousCallerGets401BeforeItsInputIsRead() {
        Map<String, String[]> calls = Map.of(
                "month-end counts", new String[] {"GET", "api/v1/ch-stock/month-end/not-a-month", null},
                "charges by month", new String[] {"GET", "api/v1/reflash-charges/2026-1x", null},
                "forecasts", new String[] {"PUT", "api/v1/reflash-forecasts", "{not json"},
                "a new request", new String[] {"POST", "api/v1/reflash-requests", "[]"},
                "dispatch", new String[] {"POST", "api/v1/work-orders/1/dispatch", "{not json"},
                "delivery", new String[] {"POST", "api/v1/work-orders/1/delivery", "{not json"});
        calls.forEach((what, call) -> assertThat(
                        People.send(call[0], call[1], call[2], null, null).status())
                .as(what)
                .isEqualTo(401));
    }

    @Test
    void eachChIsCheckedOnItsOwnAndTheRequestHoldsThoseThatPassed() throws Exception {
        ReturningSupplier supplier = ReturningSupplier.register();
        ReflashFixtures.logistics();
        Person user = People.of(supplier.partyId(), "REFLASH");
        List<String> old = ReflashFixtures.stock(supplier.partyId(), REGION, 3);
        String latest = ReflashFixtures.stock(supplier.partyId(), REGION, 1, ReflashFixtures.LATEST)
                .get(0);
        String others = ReflashFixtures.stock(People.supplier("IS"), REGION, 1).get(0);
        String returned = ReflashFixtures.stock(supplier.partyId(), REGION, 1).get(0);
        String installed = ReflashFixtures.stock(supplier.partyId(), REGION, 1).get(0);
        supplier.send(ReturnDocuments.noFaultReturn(supplier.partyId(), ReturnDocuments.nextCounter(), hub(returned)));
        assertThat(responseCode(supplier.send(SmiDocuments.installWithSmWan(supplier.partyId(), installed, "1234567"))))
                .isEqualTo("I0");
        String meter = SmiFixtures.device("ESME", "PENDING", supplier.partyId());
        String unknown = Eui64s.random();
        List<String> named = new ArrayList<>(old);
        named.addAll(List.of(old.get(0), latest, others, returned, installed, meter, unknown, "not-an-id"));

        AdminClient.Reply made = user.post(REQUESTS, ReflashFixtures.requestBody(named));

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonObject outcome = made.json();
        assertThat(outcome.getString("status")).isEqualTo("REQUESTED");
        assertThat(outcome.getJsonArray("accepted").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyElementsOf(old);
        assertThat(reasons(outcome))
                .containsEntry(latest, "ALREADY_LATEST")
                .containsEntry(others, "NOT_YOURS")
                .containsEntry(returned, "NOT_IN_STOCK")
                .containsEntry(installed, "NOT_PENDING")
                .containsEntry(meter, "NOT_A_COMMS_HUB")
                .containsEntry(unknown, "NOT_IN_SMI")
                .containsEntry("not-an-id", "NOT_A_DEVICE_ID")
                .containsEntry(old.get(0), "NAMED_TWICE")
                .hasSize(8);

        AdminClient.Reply again = user.post(REQUESTS, ReflashFixtures.requestBody(old));
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(reasons(again.json())).containsOnlyKeys(old).containsValue("IN_OPEN_REFLASH");
        assertThat(ItDatabase.rows("select count(*) as n from reflash_request where party_id = ?", supplier.partyId()))
                .extracting(r -> ((Number) r.get("n")).intValue())
                .containsExactly(1);

        String path = REQUESTS + "/" + outcome.getJsonNumber("id").longValue();
        assertThat(user.get(path).json().getJsonArray("chs")).hasSize(3);
        assertThat(user.get(REQUESTS).json().getJsonArray("requests"))
                .singleElement()
                .satisfies(listed ->
                        assertThat(listed.asJsonObject().getInt("commsHubs")).isEqualTo(3));
        Person stranger = People.of(People.supplier("IS"), "REFLASH");
        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.put(
                                path + "/redelivery",
                                ReflashFixtures.redelivery("Elsewhere").toString())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post(path + "/decision", "{\"accept\":true}").status())
                .isEqualTo(403);
        assertThat(stranger.get(REQUESTS).json().getJsonArray("requests")).isEmpty();
        Person cspStaff = People.of(ReflashFixtures.csp(REGION), "WORK_ORDERS");
        assertThat(cspStaff.get(path).status()).isEqualTo(403);
        assertThat(user.post(REQUESTS, "{\"deviceIds\":[],\"redelivery\":{}}").status())
                .isEqualTo(400);
        assertThat(user.post(
                                REQUESTS,
                                ReflashFixtures.requestBody(List.of(latest)).replace("Stores Manager", ""))
                        .body())
                .contains("contactName is needed");
    }

    @Test
    void aPartyAsksForNoMoreThanItsMonthlyVolumeAndAnUnusableSettingNamesItself() throws Exception {
        String partyId = People.supplier("IS", "GS");
        ReflashFixtures.logistics();
        Person user = People.of(partyId, "REFLASH");
        List<String> hubs = ReflashFixtures.stock(partyId, REGION, 5);
        ServerSettings.set("dsp.reflash.monthly-volume", "3");
        try {
            JsonObject first =
                    user.post(REQUESTS, ReflashFixtures.requestBody(hubs)).json();
            assertThat(first.getJsonArray("accepted")).hasSize(3);
            assertThat(reasons(first)).containsOnlyKeys(hubs.subList(3, 5)).containsValue("OVER_MONTHLY_VOLUME");
            AdminClient.Reply over = user.post(REQUESTS, ReflashFixtures.requestBody(hubs.subList(3, 5)));
            assertThat(over.status()).isEqualTo(422);

            ServerSettings.set("dsp.reflash.monthly-volume", "two pallets");
            AdminClient.Reply unusable = user.post(REQUESTS, ReflashFixtures.requestBody(hubs.subList(3, 5)));
            assertThat(unusable.status()).isEqualTo(409);
            assertThat(unusable.body()).contains("dsp.reflash.monthly-volume", "two pallets");
        } finally {
            ServerSettings.set("dsp.reflash.monthly-volume", "1792");
        }
    }

    @Test
    void aRequestGoesToItsCspAndItsChsComeBackReflashedAndCharged() throws Exception {
        ReturningSupplier supplier = ReturningSupplier.register();
        Person operator = ReflashFixtures.logistics();
        Person user = People.of(supplier.partyId(), "REFLASH");
        String cspId = ReflashFixtures.csp(REGION);
        Person csp = People.of(cspId, "WORK_ORDERS");
        Person otherCsp = People.of(ReflashFixtures.csp("South"), "WORK_ORDERS");
        List<String> hubs = ReflashFixtures.stock(supplier.partyId(), REGION, 6);
        String a = hubs.get(0), b = hubs.get(1), c = hubs.get(2), d = hubs.get(3), e = hubs.get(4), f = hubs.get(5);
        long id = user.post(REQUESTS, ReflashFixtures.requestBody(hubs))
                .json()
                .getJsonNumber("id")
                .longValue();
        String path = REQUESTS + "/" + id;

        assertThat(user.post(path + "/decision", "{\"accept\":true}").status()).isEqualTo(403);
        assertThat(operator.post(path + "/decision", "{\"accept\":false}").status())
                .isEqualTo(400);
        JsonObject accepted = operator.post(path + "/decision", "{\"accept\":true,\"reason\":\"forecast\"}")
                .json();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        JsonObject order = accepted.getJsonArray("workOrders").getJsonObject(0);
        assertThat(order.getString("cspPartyId")).isEqualTo(cspId);
        String workOrder = "api/v1/work-orders/" + order.getJsonNumber("id").longValue();
        assertThat(operator.post(path + "/decision", "{\"accept\":true}").status())
                .isEqualTo(409);
        assertThat(logistics(a)).isEqualTo("AWAY_FOR_REFLASH");
        assertThat(mailAbout(user.email(), "accepted")).contains(order.getString("reference"), a, "sealed packaging");
        assertThat(CspMailbox.mailsAbout(user.email(), "accepted").get(0).getMessageID())
                .as("chosen when composed, the same on every attempt")
                .matches("<[0-9a-f-]{36}@dsp-inventory>");
        assertThat(mailAbout(csp.email(), order.getString("reference"))).contains(a, f, "Stores Park");

        // Away for re-flash: not installed, not returned, and no N3 update until its CSP has it.
        assertThat(responseCode(supplier.send(SmiDocuments.installWithSmWan(supplier.partyId(), a, "1234567"))))
                .isEqualTo("E5");
        assertThat(responseCode(supplier.send(
                        ReturnDocuments.noFaultReturn(supplier.partyId(), ReturnDocuments.nextCounter(), hub(a)))))
                .isEqualTo("E5");
        CspmN3 gateway = ReflashFixtures.gateway(REGION);
        assertThat(n3(gateway, a, supplier.partyId(), ReflashFixtures.LATEST)).isEqualTo(ReasonCode.AWAY_FOR_REFLASH);

        // The party amends the re-delivery; the CSP is told.
        assertThat(user.put(
                                path + "/redelivery",
                                ReflashFixtures.redelivery("Dock 9, Hull HU1 1AA")
                                        .toString())
                        .status())
                .isEqualTo(200);
        assertThat(mailAbout(csp.email(), "amended")).contains("Dock 9, Hull HU1 1AA");

        // Another CSP sees and changes nothing.
        assertThat(otherCsp.get(workOrder).status()).isEqualTo(404);
        assertThat(otherCsp.post(workOrder + "/chs/" + a + "/receipt", "{\"accepted\":true}")
                        .status())
                .isEqualTo(404);
        assertThat(otherCsp.get("api/v1/work-orders").json().toString()).doesNotContain(order.getString("reference"));

        for (String received : List.of(a, b, c, d, e)) {
            assertThat(csp.post(workOrder + "/chs/" + received + "/receipt", "{\"accepted\":true}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(csp.post(workOrder + "/chs/" + f + "/receipt", "{\"accepted\":false}")
                        .status())
                .isEqualTo(400);
        assertThat(csp.post(
                                workOrder + "/chs/" + f + "/receipt",
                                "{\"accepted\":false,\"reason\":\"not in original sealed packaging\"}")
                        .json()
                        .getString("status"))
                .isEqualTo("REFUSED");
        assertThat(logistics(f)).isEqualTo("DELIVERED");
        assertThat(csp.post(workOrder + "/chs/" + a + "/receipt", "{\"accepted\":true}")
                        .status())
                .isEqualTo(409);
        assertThat(csp.post(workOrder + "/chs/" + a + "/result", "{\"success\":true}")
                        .json()
                        .getString("status"))
                .isEqualTo("REFLASHED");
        assertThat(csp.post(workOrder + "/chs/" + b + "/result", "{\"success\":true}")
                        .status())
                .isEqualTo(200);
        assertThat(csp.post(workOrder + "/chs/" + c + "/result", "{\"success\":false,\"reason\":\"verify failed\"}")
                        .json()
                        .getString("status"))
                .isEqualTo("FAILED");
        assertThat(logistics(c)).isEqualTo("SCRAPPED");
        assertThat(csp.post(workOrder + "/dispatch", "{}").status()).isEqualTo(409);

        // Option A: the CSP's N3 update links to the work order, never downgrades, never moves the CH to another party.
        assertThat(n3(gateway, a, supplier.partyId(), ReflashFixtures.LATEST)).isEqualTo(ReasonCode.UPDATED);
        assertThat(n3(gateway, b, supplier.partyId(), "1.0.0")).isEqualTo(ReasonCode.FIRMWARE_DOWNGRADE);
        assertThat(n3(gateway, d, People.supplier("IS"), ReflashFixtures.LATEST))
                .isEqualTo(ReasonCode.PARTY_FIXED);
        assertThat(n3(gateway, d, supplier.partyId(), ReflashFixtures.LATEST)).isEqualTo(ReasonCode.UPDATED);
        assertThat(item(user, path, d)).containsEntry("status", "REFLASHED").containsEntry("firmwareSource", "N3");

        // Option B: DCC Logistics' file, checked line by line; the same file twice changes nothing more.
        assertThat(upload(operator, new byte[] {0, (byte) 0xff, 3}).statusCode())
                .isEqualTo(400);
        assertThat(upload(operator, "\"unterminated,2.1.0\n".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(400);
        assertThat(upload(user, "x,1\n".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
        String outside = ReflashFixtures.stock(supplier.partyId(), REGION, 1).get(0);
        String file = String.join(
                "\n",
                "CHF Device ID,Firmware version",
                b + "," + ReflashFixtures.LATEST,
                e + "," + ReflashFixtures.LATEST,
                f + "," + ReflashFixtures.LATEST,
                c + "," + ReflashFixtures.LATEST,
                outside + "," + ReflashFixtures.LATEST,
                a + ",2.0.0",
                e + "," + ReflashFixtures.LATEST,
                "zz,1",
                "");
        JsonObject report = Json.createReader(new java.io.StringReader(
                        upload(operator, file.getBytes(StandardCharsets.UTF_8)).body()))
                .readObject();
        assertThat(devices(report, "applied")).containsExactly(b, e);
        assertThat(outcomes(report, "refused"))
                .containsEntry(f, "not in an open work order, received by its CSP")
                .containsEntry(c, "not in an open work order, received by its CSP")
                .containsEntry(outside, "not in an open work order, received by its CSP")
                .containsEntry(a, "a downgrade from " + ReflashFixtures.LATEST)
                .containsEntry(e, "named on an earlier line")
                .containsKey("zz");
        JsonObject twice = Json.createReader(new java.io.StringReader(
                        upload(operator, file.getBytes(StandardCharsets.UTF_8)).body()))
                .readObject();
        assertThat(devices(twice, "applied")).isEmpty();
        assertThat(devices(twice, "unchanged")).containsExactly(b, e);
        assertThat(firmware(e)).isEqualTo(ReflashFixtures.LATEST);

        JsonObject dispatched = csp.post(workOrder + "/dispatch", "{}").json();
        assertThat(dispatched.getString("status")).isEqualTo("DISPATCHED");
        assertThat(user.put(
                                path + "/redelivery",
                                ReflashFixtures.redelivery("Too late").toString())
                        .status())
                .isEqualTo(409);
        assertThat(mailAbout(user.email(), "dispatched")).contains(a, b, d, e, "Dock 9", "scrapped", c);
        assertThat(csp.post(workOrder + "/delivery", "{}").json().getString("status"))
                .isEqualTo("DELIVERED");

        JsonObject done = user.get(path).json();
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        for (String back : List.of(a, b, d, e)) {
            assertThat(logistics(back)).isEqualTo("DELIVERED");
            assertThat(firmware(back)).isEqualTo(ReflashFixtures.LATEST);
        }
        assertThat(logistics(c)).isEqualTo("SCRAPPED");

        JsonObject charges =
                user.get("api/v1/reflash-charges").json().getJsonArray("months").getJsonObject(0);
        assertThat(charges.getJsonNumber("chs").longValue()).isEqualTo(4);
        assertThat(charges.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("30.40");
        assertThat(user.get("api/v1/reflash-charges/" + charges.getString("month"))
                        .json()
                        .getJsonArray("charges"))
                .hasSize(4);
        assertThat(People.of(People.supplier("IS"), "REFLASH")
                        .get("api/v1/reflash-charges")
                        .json()
                        .getJsonArray("months"))
                .isEmpty();
        assertThat(user.get("api/v1/ch-stock/hubs?behindOnly=true").body())
                .contains(f, outside)
                .doesNotContain(a);
        assertThat(ItDatabase.rows("select step from reflash_event where request_id = ? order by event_id", id))
                .extracting(r -> r.get("step"))
                .contains(
                        "REQUESTED",
                        "ACCEPTED",
                        "WORK_ORDER_CREATED",
                        "AMENDED",
                        "RECEIVED",
                        "REFUSED",
                        "REFLASHED",
                        "FAILED",
                        "FIRMWARE_RECORDED",
                        "DISPATCHED",
                        "DELIVERED",
                        "COMPLETED");
    }

    @Test
    void aPartyForecastsAndTheDccSeesItBesideItsRequestsAndKeepsTheCatalogue() {
        String partyId = People.supplier("IS");
        Person user = People.of(partyId, "REFLASH");
        Person operator = ReflashFixtures.logistics();
        String next = java.time.YearMonth.now().plusMonths(1).toString();

        assertThat(user.put("api/v1/reflash-forecasts", "{\"months\":{\"" + next + "\":400}}")
                        .status())
                .isEqualTo(200);
        assertThat(user.put("api/v1/reflash-forecasts", "{\"months\":{\"2020-01\":400}}")
                        .status())
                .isEqualTo(400);
        assertThat(user.put("api/v1/reflash-forecasts", "{\"months\":{\"" + next + "\":-1}}")
                        .status())
                .isEqualTo(400);
        assertThat(operator.get("api/v1/reflash-forecasts?partyId=" + partyId)
                        .json()
                        .getJsonArray("months")
                        .getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("month").equals(next))
                .extracting(m -> m.getInt("forecast"))
                .containsExactly(400);
        assertThat(operator.put("api/v1/reflash-forecasts", "{\"months\":{\"" + next + "\":1}}")
                        .status())
                .isEqualTo(403);

        assertThat(user.put("api/v1/firmware-catalogue/Toshiba/" + ReflashFixtures.MODEL, "{\"latestVersion\":\"9\"}")
                        .status())
                .isEqualTo(403);
        assertThat(operator.put("api/v1/firmware-catalogue/Toshiba/X1", "{\"latestVersion\":\"1.0;drop\"}")
                        .status())
                .isEqualTo(400);
        assertThat(user.get("api/v1/firmware-catalogue").body()).contains(ReflashFixtures.MODEL);
        String model = "M-" + System.nanoTime() % 1_000_000_000;
        assertThat(operator.put("api/v1/firmware-catalogue/Toshiba/" + model, "{\"latestVersion\":\"1.0\"}")
                        .status())
                .isEqualTo(200);
        // Written in another case, with a space after it: the same model, not a second entry.
        assertThat(operator.put(
                                "api/v1/firmware-catalogue/toshiba/" + model.toLowerCase() + "%20",
                                "{\"latestVersion\":\" 1.1\"}")
                        .status())
                .isEqualTo(200);
        assertThat(user.get("api/v1/firmware-catalogue/changes?limit=2")
                        .json()
                        .getJsonArray("changes")
                        .getValuesAs(JsonObject.class))
                .extracting(
                        c -> c.getString("model"),
                        c -> c.getString("previousVersion", "(new)"),
                        c -> c.getString("latestVersion"),
                        c -> c.getString("changedBy"))
                .containsExactly(
                        tuple(model, "1.0", "1.1", operator.username()),
                        tuple(model, "(new)", "1.0", operator.username()));
        assertThat(user.get("api/v1/firmware-catalogue/changes?limit=0").status())
                .isEqualTo(400);
        assertThat(operator.get("api/v1/ch-stock/month-end/2026-13").status()).isEqualTo(400);
        assertThat(user.get("api/v1/ch-stock/month-end/2026-10").status()).isEqualTo(403);
    }

    private static ReturnDocuments.Hub hub(String chf) {
        return new ReturnDocuments.Hub(chf, Eui64s.format(Eui64s.value(chf) + 1));
    }

    private static ReasonCode n3(CspmN3 gateway, String chf, String deliveredTo, String firmware) throws Exception {
        return gateway.preNotifyCommsHubs(
                        N3Gateway.call(List.of(ReflashFixtures.reflashed(chf, REGION, deliveredTo, firmware))))
                .getOutcome()
                .get(0)
                .getReasonCode();
    }

    private static Map<String, String> reasons(JsonObject outcome) {
        return outcome.getJsonArray("refused").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("deviceId"), r -> r.getString("reason")));
    }

    private static Map<String, Object> item(Person user, String path, String chf) {
        return user.get(path).json().getJsonArray("chs").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("deviceId").equals(chf))
                .findFirst()
                .map(i -> i.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, v ->
                        (Object) v.getValue().toString().replace("\"", ""))))
                .orElseThrow();
    }

    private static List<String> devices(JsonObject report, String kind) {
        return report.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("deviceId"))
                .toList();
    }

    private static Map<String, String> outcomes(JsonObject report, String kind) {
        return report.getJsonArray(kind).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("deviceId"), r -> r.getString("outcome"), (x, y) -> x));
    }

    private static String logistics(String chf) {
        return (String) deviceRow(chf).get("logistics_status");
    }

    private static String firmware(String chf) {
        return (String) deviceRow(chf).get("firmware_version");
    }

    private static Map<String, Object> deviceRow(String chf) {
        return ItDatabase.rows(
                        "select logistics_status, firmware_version from device where device_id = ?", Eui64s.value(chf))
                .get(0);
    }

    private static String mailAbout(String address, String text) {
        Eventually.await(
                "a mail to " + address + " about " + text,
                () -> !CspMailbox.mailsAbout(address, text).isEmpty());
        return CspMailbox.content(CspMailbox.mailsAbout(address, text).get(0));
    }

    private static HttpResponse<String> upload(Person person, byte[] file) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(DspServer.resolve("api/v1/firmware-uploads"))
                        .header("Content-Type", "text/csv")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((person.username() + ":" + People.PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
