package uk.dsp.inventory.it.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.incidents.control.WorkingDays;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.AdminClient.Reply;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.SmiFixtures;

/**
 * 'Request for Install Code' incidents over the JSON API: the whole flow with its mails, every refusal of raising
 * (each changing nothing), who may see and do what, the code's checks, lodged codes, and the deadlines.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class IncidentsApiIT {

    static final String CODE = "83FED3407A939723A5C639B26916D505C3B5";
    static final String WRONG_CRC = "83FED3407A939723A5C639B26916D505C3B4";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeAll
    static void mailbox() {
        CspMailbox.start();
    }

    @Test
    void aGainingSupplierGetsTheCodeFromTheInstallingSupplierAndClosesTheIncident() throws Exception {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        String device = SmiFixtures.installAndLeave(installer.partyId());

        Reply raised = gainer.post("api/v1/incidents", "{\"deviceId\":\"" + device + "\"}");

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().getJsonNumber("id").longValue();
        assertThat(raised.json().getString("assignee")).isEqualTo(installer.partyId());
        assertThat(raised.json().getString("raisedBy")).isEqualTo(gainer.partyId());
        assertThat(raised.json().getString("status")).isEqualTo("OPEN");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(LocalDate.parse(raised.json().getString("dueOn")))
                .as("five working days of England and Wales after today, as the calendar computes them")
                .isEqualTo(new WorkingDays().dueDate(today))
                .isAfter(today.plusDays(4));
        Eventually.await(
                "the installer's mail",
                () -> !CspMailbox.mailsTo(installer.email()).isEmpty());
        String mail = text(CspMailbox.mailsTo(installer.email()).get(0));
        assertThat(mail).contains("/dsp/ssi/incident.xhtml?id=" + id).contains(device);

        Reply answered =
                installer.put("api/v1/incidents/" + id + "/install-code", "{\"installCode\":\"" + CODE + "\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.body()).doesNotContain(CODE);
        Eventually.await(
                "the raiser's mail", () -> !CspMailbox.mailsTo(gainer.email()).isEmpty());

        Reply code = gainer.get("api/v1/incidents/" + id + "/install-code");
        assertThat(code.status()).isEqualTo(200);
        assertThat(code.json().getString("installCode")).isEqualTo(CODE);

        Reply closed = gainer.post("api/v1/incidents/" + id + "/close", "{\"resolution\":\"commissioned on site\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getJsonArray("history").stream()
                        .map(step -> step.asJsonObject().getString("kind"))
                        .toList())
                .containsExactly("RAISED", "ASSIGNED", "INSTALL_CODE_GIVEN", "INSTALL_CODE_READ", "CLOSED");
        assertThat(ItDatabase.rows("select sealed_install_code from incident where incident_id = ?", id)
                        .get(0)
                        .get("sealed_install_code")
                        .toString())
                .startsWith("v1:")
                .doesNotContain(CODE);
        for (Person person : List.of(installer, gainer)) {
            for (MimeMessage message : CspMailbox.mailsTo(person.email())) {
                assertThat(text(message)).doesNotContain(CODE);
            }
        }
    }

    @Test
    void everyRefusalOfRaisingSaysWhyAndRaisesNothing() {
        String installing = People.supplier("IS", "GS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        Person installer = People.of(installing, "INCIDENTS");
        String device = SmiFixtures.installAndLeave(installing);

        assertRefused(gainer, "{}", 400, "mandatory");
        assertRefused(gainer, "{\"deviceId\":\"not an EUI-64\"}", 400, "EUI-64");
        assertRefused(gainer, "{\"deviceId\":42}", 400, "string");
        assertRefused(gainer, "{\"deviceId\":\"" + Eui64s.random() + "\"}", 404, "not in the SMI");
        assertRefused(gainer, body(SmiFixtures.device("CHF", "INSTALLED_NOT_COMMISSIONED", installing)), 409, "CHF");
        assertRefused(gainer, body(SmiFixtures.device("GPF", "INSTALLED_NOT_COMMISSIONED", installing)), 409, "GPF");
        assertRefused(gainer, body(SmiFixtures.device("ESME", "PENDING", installing)), 409, "Pending");
        assertRefused(gainer, body(SmiFixtures.device("GSME", "COMMISSIONED", installing)), 409, "Commissioned");
        assertRefused(installer, body(device), 409, "installing supplier");
        assertRefused(People.of(gainer.partyId(), "RETURNS"), body(device), 403, "INCIDENTS");
        assertRefused(People.of(People.supplier("ES"), "INCIDENTS"), body(device), 403, "IS, GS");
        assertRefused(People.operator(), body(device), 403, "Import or Gas Supplier");
        assertThat(count(device)).isZero();

        assertThat(gainer.post("api/v1/incidents", body(device)).status()).isEqualTo(201);
        assertRefused(gainer, body(device), 409, "open already");
        assertThat(count(device)).isEqualTo(1);
        assertThat(People.send("POST", "api/v1/incidents", body(device), null, null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void onlyTheRaiserTheAssigneeAndTheDeskSeeAnIncidentOrItsCode() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        Person stranger = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person desk = People.operator();
        String device = SmiFixtures.installAndLeave(installer.partyId());
        long id = gainer.post("api/v1/incidents", body(device))
                .json()
                .getJsonNumber("id")
                .longValue();
        String path = "api/v1/incidents/" + id;

        assertThat(gainer.put(path + "/install-code", code(CODE)).status()).isEqualTo(403);
        assertThat(installer.put(path + "/install-code", code(WRONG_CRC)).body())
                .contains("CRC");
        assertThat(installer.put(path + "/install-code", code("83FED3407A93")).status())
                .isEqualTo(400);
        assertThat(installer.get(path).json().getString("status")).isEqualTo("OPEN");
        assertThat(installer.put(path + "/install-code", code(CODE)).status()).isEqualTo(200);

        for (String action : List.of("", "/install-code")) {
            Reply seen = stranger.get(path + action);
            assertThat(seen.status()).isEqualTo(404);
            assertThat(seen.body()).doesNotContain(CODE);
        }
        assertThat(stranger.post(path + "/notes", "{\"text\":\"hello\"}").status())
                .isEqualTo(404);
        assertThat(stranger.post(path + "/close", "{\"resolution\":\"mine now\"}")
                        .status())
                .isEqualTo(404);
        assertThat(stranger.put(path + "/install-code", code(CODE)).status()).isEqualTo(404);
        assertThat(stranger.get("api/v1/incidents").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(installer.post(path + "/close", "{\"resolution\":\"done\"}").status())
                .isEqualTo(403);
        assertThat(installer
                        .post(path + "/reassign", "{\"partyId\":\"" + stranger.partyId() + "\",\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(installer.get(path + "/install-code").json().getString("installCode"))
                .isEqualTo(CODE);
        assertThat(desk.get(path + "/install-code").json().getString("installCode"))
                .isEqualTo(CODE);
        assertThat(desk.get("api/v1/incidents?deviceId=" + device).body()).contains("\"id\":" + id);
        assertThat(installer.get(path).json().getJsonArray("history").stream()
                        .filter(step -> step.asJsonObject().getString("kind").equals("INSTALL_CODE_READ"))
                        .count())
                .isEqualTo(2);

        Reply reassigned = desk.post(
                path + "/reassign",
                "{\"partyId\":\"" + stranger.partyId() + "\",\"reason\":\"the meter was installed by its agent\"}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(stranger.get(path).status()).isEqualTo(200);
        assertThat(installer.get(path).status()).isEqualTo(404);
        Reply closedByDesk = desk.post(path + "/close", "{\"resolution\":\"duplicate of a phone request\"}");
        assertThat(closedByDesk.json().getString("status")).isEqualTo("CLOSED");
        assertThat(gainer.post(path + "/notes", "{\"text\":\"too late\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aLodgedCodeAnswersARequestAtOnce() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("GS"), "INCIDENTS");
        String device = SmiFixtures.installAndLeave(installer.partyId());

        assertThat(gainer.put("api/v1/devices/" + device + "/install-code", code(CODE))
                        .status())
                .isEqualTo(404);
        assertThat(installer
                        .put("api/v1/devices/" + device + "/install-code", code(WRONG_CRC))
                        .status())
                .isEqualTo(400);
        assertThat(installer
                        .put("api/v1/devices/" + device + "/install-code", code(CODE))
                        .status())
                .isEqualTo(204);
        Reply raised = gainer.post("api/v1/incidents", body(device));

        assertThat(raised.json().getString("status")).isEqualTo("ANSWERED");
        long id = raised.json().getJsonNumber("id").longValue();
        assertThat(gainer.get("api/v1/incidents/" + id + "/install-code").json().getString("installCode"))
                .isEqualTo(CODE);
        Eventually.await(
                "the installer is told",
                () -> CspMailbox.mailsTo(installer.email()).stream()
                        .anyMatch(m -> subject(m).contains("lodged")));
    }

    @Test
    void theAssigneeIsRemindedOnTheDueDayAndTheIncidentReportedOverdueTheDayAfter() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        long dueToday = gainer.post("api/v1/incidents", body(SmiFixtures.installAndLeave(installer.partyId())))
                .json()
                .getJsonNumber("id")
                .longValue();
        long late = gainer.post("api/v1/incidents", body(SmiFixtures.installAndLeave(installer.partyId())))
                .json()
                .getJsonNumber("id")
                .longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ItDatabase.update("update incident set due_on = ? where incident_id = ?", today, dueToday);
        ItDatabase.update("update incident set due_on = ? where incident_id = ?", today.minusDays(1), late);

        Reply run = AdminClient.asAdministrator().post("api/admin/incident-deadlines", "");
        Reply again = AdminClient.asAdministrator().post("api/admin/incident-deadlines", "");

        assertThat(run.status()).isEqualTo(200);
        assertThat(again.json().getInt("remindedDueToday")).isZero();
        assertThat(again.json().getInt("reportedOverdue")).isZero();
        assertThat(kinds(installer, dueToday)).contains("REMINDED").doesNotContain("OVERDUE");
        assertThat(kinds(installer, late)).contains("OVERDUE");
        assertThat(installer.get("api/v1/incidents/" + late).json().getBoolean("overdue"))
                .isTrue();
        assertThat(People.operator().get("api/v1/incidents?overdue=true").body())
                .contains("\"id\":" + late + ",");
        Eventually.await(
                "the reminder and the overdue report",
                () -> CspMailbox.mailsTo(installer.email()).stream()
                                .filter(m -> subject(m).contains("due today")
                                        || subject(m).contains("OVERDUE"))
                                .count()
                        == 2);
    }

    private static List<String> kinds(Person person, long id) {
        return person.get("api/v1/incidents/" + id).json().getJsonArray("history").stream()
                .map(step -> step.asJsonObject().getString("kind"))
                .toList();
    }

    private static void assertRefused(Person person, String json, int status, String reason) {
        Reply reply = person.post("api/v1/incidents", json);
        assertThat(reply.status()).as(json + " -> " + reply.body()).isEqualTo(status);
        assertThat(reply.json().getString("error")).contains(reason);
    }

    private static long count(String device) {
        List<Map<String, Object>> rows =
                ItDatabase.rows("select count(*) as n from incident where device_id = ?", Eui64s.value(device));
        return ((Number) rows.get(0).get("n")).longValue();
    }

    static String body(String device) {
        return "{\"deviceId\":\"" + device + "\"}";
    }

    static String code(String code) {
        return "{\"installCode\":\"" + code + "\"}";
    }

    static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
