package uk.dsp.inventory.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.Browser;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DeadLetters;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.SmiFixtures;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * A CSP notice whose mail server was away for all its attempts is a dead letter: the administrator finds it in
 * /api/admin/dead-letters with what it is and why it died, sends it again once the mail server is back, and the CSP
 * gets one mail, the notice is SENT, the broker's copy leaves the DLQ, and a second resend finds nothing to send. A
 * DCC operator of the service desk does the same from the SSMI page, in a browser; an operator without that role is
 * told so. An incident's mail has a delivery state too: FAILED while the mail server is away, SENT once sent again.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class DeadLettersIT {

    private final AdminClient admin = AdminClient.asAdministrator();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void aDeadLetteredNoticeIsListedAndSentAgainOnce() {
        ReturningSupplier supplier = ReturningSupplier.register();
        String requestId = deadLetteredNotice(supplier);
        JsonObject letter = deadLetterAbout(requestId).orElseThrow();
        assertThat(letter.getString("queue")).isEqualTo("DspPartyMail");
        assertThat(letter.getString("about"))
                .startsWith("Mail: CSP notice of " + requestId + " to " + supplier.cspId());
        assertThat(letter.getString("reason")).containsIgnoringCase("connect");
        assertThat(letter.getString("deadAt")).isNotBlank();
        assertThat(noticeStatus(supplier, requestId)).isEqualTo("FAILED");
        assertThat(DeadLetters.list()).contains(requestId);

        AdminClient.Reply resent = admin.post("api/admin/dead-letters/" + letter.getJsonNumber("id") + "/resend", "");
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);

        Eventually.await(
                "the CSP's one mail",
                () -> CspMailbox.mailsAbout(supplier.cspEmail(), requestId).size() == 1);
        Eventually.await("the notice SENT", () -> "SENT".equals(noticeStatus(supplier, requestId)));
        assertThat(deadLetterAbout(requestId)).isEmpty();
        assertThat(DeadLetters.list()).doesNotContain(requestId);
        AdminClient.Reply again = admin.post("api/admin/dead-letters/" + letter.getJsonNumber("id") + "/resend", "");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("sent again already, or never dead");
        assertThat(admin.post("api/admin/dead-letters/not-a-number/resend", "").status())
                .isEqualTo(404);
        assertThat(CspMailbox.mailsAbout(supplier.cspEmail(), requestId)).hasSize(1);
    }

    @Test
    void theServiceDeskSendsOneAgainFromItsPage() {
        ReturningSupplier supplier = ReturningSupplier.register();
        String requestId = deadLetteredNotice(supplier);
        try (Browser browser = new Browser()) {
            browser.open("ssmi/dead-letters.xhtml").signIn(People.of(People.DSP_PARTY, "LOGISTICS"));
            browser.open("ssmi/dead-letters.xhtml");
            assertThat(browser.textOf("#messages")).contains("for the DCC's service desk");
            assertThat(browser.has("#letters")).isFalse();
        }
        try (Browser browser = new Browser()) {
            browser.open("ssmi/dead-letters.xhtml").signIn(People.operator());
            browser.open("ssmi/dead-letters.xhtml");
            WebElement row = browser.driver()
                    .findElement(By.xpath("//table[@id='letters:list']//tr[td[contains(., '" + requestId + "')]]"));
            assertThat(row.getText()).contains("CSP notice of " + requestId);
            browser.check("dead-letters");
            row.findElement(By.cssSelector("input[value='Send again']")).click();
            browser.awaitText("#messages", "is sent again");
            assertThat(browser.source()).doesNotContain(requestId);
        }
        Eventually.await(
                "the CSP's one mail",
                () -> CspMailbox.mailsAbout(supplier.cspEmail(), requestId).size() == 1);
        Eventually.await("the notice SENT", () -> "SENT".equals(noticeStatus(supplier, requestId)));
    }

    @Test
    void anIncidentMailThatFailedIsFailedUntilSentAgain() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        String device = SmiFixtures.installAndLeave(installer.partyId());
        CspMailbox.stop();
        JsonObject failed;
        try {
            AdminClient.Reply raised = gainer.post("api/v1/incidents", "{\"deviceId\":\"" + device + "\"}");
            assertThat(raised.status()).as(raised.body()).isEqualTo(201);
            Eventually.await(
                    "the installer's mail FAILED",
                    () -> mailTo(installer, "FAILED").isPresent());
            failed = mailTo(installer, "FAILED").orElseThrow();
        } finally {
            CspMailbox.start();
        }
        assertThat(failed.getString("to")).isEqualTo(installer.email());
        assertThat(failed.getString("failure")).containsIgnoringCase("connect");
        JsonObject letter = admin
                .get("api/admin/dead-letters?limit=1000")
                .json()
                .getJsonArray("deadLetters")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getString("about").contains(installer.email()))
                .findFirst()
                .orElseThrow();
        assertThat(letter.getString("about")).startsWith("Mail: The mail about incident");

        assertThat(admin.post("api/admin/dead-letters/" + letter.getJsonNumber("id") + "/resend", "")
                        .status())
                .isEqualTo(200);

        Eventually.await(
                "the installer's mail SENT", () -> mailTo(installer, "SENT").isPresent());
        assertThat(CspMailbox.mailsTo(installer.email())).hasSize(1);
        assertThat(admin.get("api/admin/party-mails?status=WHATEVER").status()).isEqualTo(400);
    }

    /**
     * After a mail server outage, the administrator sends every dead letter again at once: each CSP gets its one mail,
     * each notice is SENT and neither letter is left, in the list or in the broker's DLQ. Other tests' letters may go
     * too: only this test's are counted.
     */
    @Test
    void theAdministratorSendsThemAllAgainAtOnce() {
        ReturningSupplier one = ReturningSupplier.register();
        ReturningSupplier other = ReturningSupplier.register();
        String first = deadLetteredNotice(one);
        String second = deadLetteredNotice(other);

        AdminClient.Reply resent = admin.post("api/admin/dead-letters/resend", "");
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().getInt("resent")).isGreaterThanOrEqualTo(2);

        Eventually.await(
                "each CSP's one mail",
                () -> CspMailbox.mailsAbout(one.cspEmail(), first).size() == 1
                        && CspMailbox.mailsAbout(other.cspEmail(), second).size() == 1);
        Eventually.await(
                "both notices SENT",
                () -> "SENT".equals(noticeStatus(one, first)) && "SENT".equals(noticeStatus(other, second)));
        assertThat(deadLetterAbout(first)).isEmpty();
        assertThat(deadLetterAbout(second)).isEmpty();
        assertThat(DeadLetters.list()).doesNotContain(first, second);
    }

    @Test
    void onlyTheAdministratorSeesOrSendsThem() {
        assertThat(AdminClient.anonymous().get("api/admin/dead-letters").status())
                .isEqualTo(401);
        assertThat(AdminClient.anonymous()
                        .post("api/admin/dead-letters/resend", "")
                        .status())
                .isEqualTo(401);
    }

    /** A return whose CSP notice cannot be mailed (the mail server stopped) until it is a dead letter. */
    private String deadLetteredNotice(ReturningSupplier supplier) {
        long counter = nextCounter();
        String requestId = supplier.requestId(counter);
        CspMailbox.stop();
        try {
            assertThat(DuisClient.post(supplier.sign(ReturnDocuments.noFaultReturn(
                                    supplier.partyId(),
                                    counter,
                                    supplier.deliveredHubs(1).get(0))))
                            .body())
                    .contains("<sr:ResponseCode>I0</sr:ResponseCode>");
            Eventually.await(
                    "the notice's mail a dead letter",
                    () -> deadLetterAbout(requestId).isPresent());
        } finally {
            CspMailbox.start();
        }
        return requestId;
    }

    private Optional<JsonObject> deadLetterAbout(String requestId) {
        List<JsonObject> letters = admin.get("api/admin/dead-letters?limit=1000")
                .json()
                .getJsonArray("deadLetters")
                .getValuesAs(JsonObject.class);
        return letters.stream()
                .filter(l -> l.getString("about").contains(requestId))
                .findFirst();
    }

    private Optional<JsonObject> mailTo(Person person, String status) {
        return admin
                .get("api/admin/party-mails?status=" + status + "&partyId=" + person.partyId())
                .json()
                .getJsonArray("mails")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("to").contains(person.email()))
                .findFirst();
    }

    private String noticeStatus(ReturningSupplier supplier, String requestId) {
        return admin
                .get("api/admin/csp-notices?cspPartyId=" + supplier.cspId())
                .json()
                .getJsonArray("notices")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(n -> n.getString("requestId").equals(requestId))
                .map(n -> n.getString("status"))
                .findFirst()
                .orElse("none");
    }
}
