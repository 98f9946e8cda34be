package uk.dsp.inventory.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PageSession;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.SmiFixtures;

/**
 * A corpus of hostile requests, well over a hundred, at every door: the DUIS endpoint, CSPM-N3, the people's JSON
 * API, the admin API and the pages, signed in and not. Each gets an answer in its interface's terms (never a 5xx),
 * and none of them adds, changes or removes a row.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class HostileInputIT {

    private static final String[] TABLES = {
        "party",
        "party_user",
        "incident",
        "incident_event",
        "lodged_install_code",
        "returns_record",
        "device",
        "sat_entry",
        "firmware_release",
        "reflash_request",
        "reflash_item",
        "reflash_forecast",
        "reflash_event",
        "reflash_charge"
    };

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    /** One request of the corpus. */
    record Hostile(String method, String path, String contentType, byte[] body, String authorization) {

        static Hostile of(String method, String path, String contentType, String body, String authorization) {
            return new Hostile(
                    method,
                    path,
                    contentType,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    authorization);
        }
    }

    @Test
    void noHostileRequestGetsAServerErrorOrChangesAnything() throws Exception {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS", "RETURNS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS", "RETURNS", "REFLASH");
        String device = SmiFixtures.installAndLeave(installer.partyId());
        long incident = gainer.post("api/v1/incidents", "{\"deviceId\":\"" + device + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        List<Hostile> corpus = corpus(basic(gainer.username()), incident, device);
        String csp = AdminClient.asAdministrator().cspOf(CSP_REGION, People.PASSWORD);
        corpus.addAll(preNotifications(basic(csp), gainer.partyId()));
        PageSession session = new PageSession();
        session.signIn(gainer.username(), People.PASSWORD);
        String viewState = PageSession.viewState(
                session.get("ssi/incident.xhtml?id=" + incident).body());
        Map<String, Long> before = counts();

        List<String> failures = new ArrayList<>();
        for (Hostile hostile : corpus) {
            HttpResponse<String> answer;
            try {
                answer = send(hostile);
            } catch (java.io.IOException unanswered) {
                failures.add("no answer (" + unanswered.getMessage() + ") to " + hostile.method() + " " + hostile.path()
                        + " " + (hostile.body() == null ? "" : abbreviated(hostile.body(), 200)) + " length "
                        + (hostile.body() == null ? 0 : hostile.body().length));
                continue;
            }
            int status = answer.statusCode();
            if (status >= 500 && !callersSoapFault(hostile, answer)) {
                failures.add(status + " " + hostile.method() + " " + hostile.path() + " "
                        + (hostile.body() == null ? "" : abbreviated(hostile.body(), 400))
                        + " answered " + answer.body().replaceAll("(?s).*<faultcode", "<faultcode"));
            }
        }
        int tooLarge = session.postRaw("ssi/stock.xhtml", "multipart/form-data; boundary=x", new byte[9 * 1024 * 1024])
                .statusCode();
        if (tooLarge != 413) {
            failures.add(tooLarge + " a signed-in 9 MiB multipart post (expected 413)");
        }
        for (Map<String, String> form : forms()) {
            int status = session.post("ssi/incident.xhtml?id=" + incident, "note", form, viewState)
                    .statusCode();
            if (status >= 500) {
                failures.add(status + " note form " + form);
            }
        }

        assertThat(corpus.size() + forms().size()).isGreaterThan(100);
        assertThat(failures).as("requests answered with a server error").isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private static List<Hostile> corpus(String user, long incident, String device) {
        List<Hostile> corpus = new ArrayList<>();
        String xml = "application/xml";
        String json = "application/json";
        String soap = "text/xml; charset=utf-8";
        for (String body : strangeXml()) {
            corpus.add(Hostile.of("POST", "api/v1/serviceD", xml, body, null));
            corpus.add(Hostile.of("POST", "cspm/N3", soap, body, basic("nobody")));
        }
        corpus.add(new Hostile("POST", "api/v1/serviceD", xml, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x3c}, null));
        corpus.add(Hostile.of("POST", "api/v1/serviceD", "text/plain", "<a/>", null));
        corpus.add(Hostile.of("PUT", "api/v1/serviceD", xml, "<a/>", null));
        for (String body : strangeJson()) {
            corpus.add(Hostile.of("POST", "api/v1/incidents", json, body, user));
            corpus.add(Hostile.of("POST", "api/v1/incidents/" + incident + "/notes", json, body, user));
            corpus.add(Hostile.of("PUT", "api/v1/incidents/" + incident + "/install-code", json, body, user));
            corpus.add(Hostile.of("POST", "api/v1/incidents/" + incident + "/close", json, body, user));
            corpus.add(Hostile.of("PUT", "api/v1/devices/" + device + "/install-code", json, body, user));
            corpus.add(Hostile.of("POST", "api/admin/parties", json, body, null));
            corpus.add(Hostile.of("POST", "api/v1/reflash-requests", json, body, user));
            corpus.add(Hostile.of("PUT", "api/v1/reflash-requests/1/redelivery", json, body, user));
            corpus.add(Hostile.of("PUT", "api/v1/reflash-forecasts", json, body, user));
            corpus.add(Hostile.of("POST", "api/v1/work-orders/1/chs/" + device + "/receipt", json, body, user));
            corpus.add(Hostile.of("POST", "api/v1/firmware-uploads", "text/csv", body, user));
        }
        for (String body : List.of(
                "{\"deviceIds\":[\"" + device + "\"],\"redelivery\":{\"address\":\"x\",\"contactName\":\"y\","
                        + "\"contactPhone\":\"0113 496 0000\",\"wantedOn\":\"2026-02-30\"}}",
                "{\"deviceIds\":\"" + device + "\",\"redelivery\":[]}",
                "{\"deviceIds\":[" + ("\"" + device + "\",").repeat(6000) + "\"x\"],\"redelivery\":{}}",
                "{\"months\":{\"2026-99\":1,\"x\":1e999}}",
                "{\"months\":{\"9999999999-01\":1}}",
                "{\"accept\":\"yes\"}")) {
            corpus.add(Hostile.of("POST", "api/v1/reflash-requests", json, body, user));
            corpus.add(Hostile.of("PUT", "api/v1/reflash-forecasts", json, body, user));
            corpus.add(Hostile.of("POST", "api/v1/reflash-requests/1/decision", json, body, user));
        }
        for (String path : strangePaths(incident)) {
            corpus.add(Hostile.of("GET", path, null, null, user));
        }
        byte[] huge = new byte[9 * 1024 * 1024]; // over the pages' multipart limit
        for (String page : List.of("ssmi/firmware-upload.xhtml", "ssi/stock.xhtml")) {
            corpus.add(new Hostile("POST", page, "multipart/form-data; boundary=x", huge, null));
        }
        String admin = AdminClient.asAdministrator().authorization();
        for (String path : List.of(
                "api/admin/parties/%00",
                "api/admin/parties/" + "A".repeat(300),
                "api/admin/parties/%00/users",
                "api/admin/alerts?status=%00",
                "api/admin/csp-notices?status=NOPE&cspPartyId=%00",
                "api/admin/housekeeping/runs?dryRun=perhaps")) {
            corpus.add(Hostile.of("GET", path, null, null, admin));
        }
        corpus.add(Hostile.of("POST", "api/admin/users/%00/unlock", null, null, admin));
        corpus.add(Hostile.of("POST", "api/admin/parties/%00/users", json, "{\"username\":\"\\u0000\"}", admin));
        corpus.add(Hostile.of("POST", "api/admin/parties", json, "[[[[[[]]]]]]", admin));
        corpus.add(Hostile.of("POST", "api/admin/parties", json, "[".repeat(5_000) + "]".repeat(5_000), admin));
        corpus.add(Hostile.of(
                "POST",
                "api/admin/parties",
                json,
                "{\"partyId\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                admin));
        for (String authorization : List.of(
                "Basic",
                "Basic !!!",
                "Basic " + b64(":"),
                "Basic " + b64("a".repeat(5000) + ":x"),
                "Bearer x",
                "Basic " + b64("user\u0000:pw"),
                "Basic " + b64("\r\nX-Injected: 1:pw"))) {
            corpus.add(Hostile.of("GET", "api/v1/incidents", null, null, authorization));
        }
        corpus.add(Hostile.of(
                "POST", "api/v1/incidents", "application/x-www-form-urlencoded", "deviceId=" + device, user));
        corpus.add(Hostile.of("POST", "api/v1/incidents", json, "{\"deviceId\":\"" + device + "\"}", null));
        return corpus;
    }

    private static final String CSP_REGION = "Central";

    /**
     * CSPM-N3 calls by a registered CSP, each well-formed SOAP with one thing wrong: the schema, the endpoint's
     * refusals or a record's rejection answers it, and none creates a device.
     */
    private static List<Hostile> preNotifications(String csp, String serviceUser) {
        List<Map<String, String>> wrongs = List.of(
                Map.of("DeliveryDate", "99999-01-01"),
                Map.of("DeliveryDate", "-0001-01-01"),
                Map.of("DeliveryDate", "2026-02-30"),
                Map.of("DeliveryDate", "2026-11-02T00:00:00"),
                Map.of("CHFDeviceID", "00-db-12-34-56-78-90-a0"),
                Map.of("CHFDeviceID", "00-DB-12-34-56-78-90-A0-00"),
                Map.of("GPFDeviceID", "00-DB-12-34-56-78-90-A0", "CHFDeviceID", "00-DB-12-34-56-78-90-A0"),
                Map.of("DeviceManufacturer", "M".repeat(31)),
                Map.of("DeviceManufacturer", "&#1;"),
                Map.of("FirmwareVersion", "9".repeat(100_000)),
                Map.of("HANVariant", "Triple Band"),
                Map.of("CSPRegion", "South"),
                Map.of("CSPRegion", "Atlantis"),
                Map.of("DeliveredToPartyID", "90-B3-D5-1F-30-00-00-00"));
        List<Hostile> calls = new ArrayList<>();
        String soap = "text/xml; charset=utf-8";
        for (Map<String, String> wrong : wrongs) {
            calls.add(Hostile.of("POST", "cspm/N3", soap, preNotification(wrong, serviceUser, ""), csp));
        }
        calls.add(Hostile.of(
                "POST",
                "cspm/N3",
                soap,
                preNotification(
                        Map.of(),
                        serviceUser,
                        "<soap:Header><x:Order xmlns:x=\"urn:x\" soap:mustUnderstand=\"1\"/></soap:Header>"),
                csp));
        calls.add(Hostile.of(
                "POST",
                "cspm/N3",
                soap,
                preNotification(Map.of(), serviceUser, "")
                        .replace(
                                "http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope"),
                csp));
        return calls;
    }

    private static String preNotification(Map<String, String> wrong, String serviceUser, String header) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CHFDeviceID", Eui64s.random());
        fields.put("GPFDeviceID", Eui64s.random());
        fields.put("DeviceManufacturer", "Toshiba");
        fields.put("DeviceModel", "CH-C-N1");
        fields.put("FirmwareVersion", "1.4.2");
        fields.put("HardwareVersion", "B2");
        fields.put("SMETSCHTSVersion", "CHTS 1.3");
        fields.put("HANVariant", "Single Band 2.4GHz");
        fields.put("CSPRegion", CSP_REGION);
        fields.put("DeliveredToPartyID", serviceUser);
        fields.put("DeliveryDate", "2026-11-02");
        fields.putAll(wrong);
        StringBuilder hub = new StringBuilder();
        fields.forEach((name, value) -> hub.append("<n3:%s>%s</n3:%1$s>".formatted(name, value)));
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:n3=\"urn:dsp-inventory:cspm:n3:v1\">" + header
                + "<soap:Body><n3:PreNotifyCommsHubs><n3:CommsHub>" + hub
                + "</n3:CommsHub></n3:PreNotifyCommsHubs></soap:Body></soap:Envelope>";
    }

    private static List<String> strangeXml() {
        return List.of(
                "",
                "not xml",
                "<",
                "<?xml version=\"1.0\"?>",
                "<a>" + "<b>".repeat(10_000),
                "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
                "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><a>&c;&c;&c;&c;&c;</a>",
                "<a " + "x".repeat(70_000) + "=\"1\"/>",
                "<a x1=\"1\" x1=\"2\"/>",
                "<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\"/>",
                "<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\"><sr:Header/></sr:Request>",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><x/></soap:Body>"
                        + "</soap:Envelope>",
                "<a>\u0000</a>",
                "<a><![CDATA[" + "]]>".repeat(3) + "</a>",
                "<?xml-stylesheet href=\"http://127.0.0.1:1/x.xsl\"?><a/>");
    }

    private static List<String> strangeJson() {
        return List.of(
                "",
                "null",
                "[]",
                "\"text\"",
                "{",
                "{\"deviceId\":null,\"text\":null,\"installCode\":null,\"resolution\":null}",
                "{\"deviceId\":[],\"text\":{},\"installCode\":1e999,\"resolution\":true}",
                "{\"deviceId\":\"" + "A".repeat(100_000) + "\",\"text\":\"" + "x".repeat(100_000) + "\"}",
                "{\"deviceId\":\"'; drop table incident; --\",\"installCode\":\"' or '1'='1\"}",
                "{\"deviceId\":\"\\u0000\",\"text\":\"\\ud800\",\"installCode\":\"\\u202e\"}",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"partyId\":\"90-B3-D5-1F-30-01-00-00\",\"roles\":\"IS\",\"certificates\":\"x\"}");
    }

    private static List<String> strangePaths(long incident) {
        return List.of(
                "api/v1/incidents/abc",
                "api/v1/incidents/-1",
                "api/v1/incidents/99999999999999999999999",
                "api/v1/incidents/" + incident + "/install-code/../../" + incident,
                "api/v1/incidents?limit=-1",
                "api/v1/incidents?limit=abc",
                "api/v1/incidents?before=abc",
                "api/v1/incidents?status=%3Cscript%3E",
                "api/v1/incidents?deviceId=%00",
                "api/v1/incidents?overdue=maybe",
                "api/v1/returns?limit=0",
                "api/v1/returns?limit=1000000",
                "api/v1/returns?before=-99999999999999999999",
                "api/v1/returns?deviceId=zz",
                "api/v1/returns?status=" + "S".repeat(5000),
                "api/v1/reflash-requests/abc",
                "api/v1/reflash-requests?limit=0&status=NOPE",
                "api/v1/reflash-requests?before=99999999999999999999",
                "api/v1/work-orders/" + "9".repeat(30),
                "api/v1/work-orders?status=%00",
                "api/v1/ch-stock/hubs?after=zz&limit=100000",
                "api/v1/ch-stock/hubs?behindOnly=maybe",
                "api/v1/ch-stock/month-end/0000-00",
                "api/v1/reflash-charges/2026-1x",
                "api/v1/reflash-charges/-999999999-12",
                "api/v1/reflash-forecasts?partyId=%27%20or%201%3D1",
                "api/v1/firmware-catalogue/%00/%00",
                "ssi/stock.xhtml?after=abc&behindOnly=perhaps",
                "ssi/reflash-request.xhtml?id=" + "9".repeat(40),
                "ssi/work-order.xhtml?id=-1",
                "ssi/reflash-charges.csv?month=notamonth",
                "ssi/incident.xhtml?id=abc",
                "ssi/incident.xhtml?id=" + "9".repeat(40),
                "ssi/index.xhtml?before=abc&status=%3Cscript%3E",
                "ssi/returns.xhtml?before=xyz&from=notadate&to=2026-13-45&deviceId=%3Cb%3E",
                "ssi/returns.csv?from=yesterday",
                "ssi/sign-in.xhtml?next=https://evil.example/",
                "ssmi/overdue.csv",
                "ssi/jakarta.faces.resource/../WEB-INF/web.xml.xhtml",
                "jakarta.faces.resource/dsp.css.xhtml?ln=../../WEB-INF",
                "api/admin/parties/%00",
                "api/v1/dsp-certificate?x=" + "y".repeat(3000));
    }

    private static List<Map<String, String>> forms() {
        return List.of(
                Map.of("text", "x".repeat(5000)),
                Map.of("text", "\u0000\u202e<script>alert(1)</script>"),
                Map.of("text", ""),
                Map.of());
    }

    /**
     * SOAP 1.1 answers its faults with HTTP 500: from CSPM-N3 that is a fault in the interface's terms, if it says the
     * call was the caller's (soap:Client, or the envelope's MustUnderstand or VersionMismatch) and says nothing of the
     * server's insides.
     */
    private static boolean callersSoapFault(Hostile hostile, HttpResponse<String> answer) {
        String body = answer.body();
        return hostile.path().startsWith("cspm/")
                && body.matches("(?s).*<faultcode[^>]*>[^<]*:(Client|MustUnderstand|VersionMismatch)</faultcode>.*")
                && !body.contains("Exception")
                && !body.contains("\tat ");
    }

    /** SOAP 1.1 answers its faults with HTTP 500: from CSPM-N3 that is a fault in the interface's terms. */
    private HttpResponse<String> send(Hostile hostile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(DspServer.resolve(hostile.path()))
                .method(
                        hostile.method(),
                        hostile.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        if (hostile.authorization() != null && !hostile.authorization().contains("\r")) {
            request.header("Authorization", hostile.authorization());
        }
        // HTTP/1.1, as gateways and browsers reach the server (the JDK's default tries an h2c upgrade), and a
        // connection for each request: the server may close a kept-alive one after answering a request whose body it
        // did not read, and the JDK's client, unlike a browser, does not send a POST again on the next.
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    ((Number) ItDatabase.rows("select count(*) as n from " + table)
                                    .get(0)
                                    .get("n"))
                            .longValue());
        }
        return counts;
    }

    private static String basic(String user) {
        return "Basic " + b64(user + ":" + People.PASSWORD);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(byte[] body) {
        return abbreviated(body, 80);
    }

    private static String abbreviated(byte[] body, int length) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }
}
