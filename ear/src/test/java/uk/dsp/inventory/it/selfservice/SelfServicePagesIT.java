package uk.dsp.inventory.it.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import uk.dsp.inventory.it.support.Browser;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.SmiFixtures;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The self-service pages in a real browser: a 'Request for Install Code' from raising to closing, with two
 * suppliers' people, their mails and a DCC operator; and a supplier tracking its CH returns.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class SelfServicePagesIT {

    private static final Pattern LINK = Pattern.compile("/dsp/(ssi/incident\\.xhtml\\?id=\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeAll
    static void mailbox() {
        CspMailbox.start();
    }

    @Test
    void aGainingSupplierRaisesTheInstallerAnswersFromItsMailAndTheRaiserReadsTheCodeAndCloses() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        Person stranger = People.of(People.supplier("IS"), "INCIDENTS");
        Person operator = People.operator();
        String device = SmiFixtures.installAndLeave(installer.partyId());

        try (Browser browser = new Browser()) {
            signIn(browser.open("ssi/index.xhtml"), gainer);
            assertThat(browser.title()).isEqualTo("Incidents · DCC Self-Service");
            browser.fill("raise:deviceId", device);
            browser.check("01-raise");
            browser.find("#raise\\:submit").click();
            browser.awaitUrlWithout("index.xhtml");
            assertThat(browser.textOf("#messages"))
                    .contains("raised and assigned to ", "(" + installer.partyId() + ")");
            assertThat(browser.textOf("#status")).isEqualTo("Open");
            browser.check("02-raised");
        }

        String link = linkIn(awaitMail(installer.email(), "raised for you"));
        try (Browser browser = new Browser()) {
            signIn(browser.open(link), installer);
            assertThat(browser.url()).endsWith(link);
            browser.fill("answer:installCode", IncidentsApiIT.WRONG_CRC);
            browser.find("#answer\\:submit").click();
            assertThat(browser.textOf("#messages")).contains("CRC does not match");
            browser.check("03-wrong-crc");
            browser.fill("answer:installCode", IncidentsApiIT.CODE);
            browser.find("#answer\\:submit").click();
            assertThat(browser.textOf("#messages")).contains("Install code given");
            assertThat(browser.textOf("#status")).isEqualTo("Answered");
            assertThat(browser.source()).doesNotContain(IncidentsApiIT.CODE);
        }

        assertThat(linkIn(awaitMail(gainer.email(), "updated"))).isEqualTo(link);
        try (Browser browser = new Browser()) {
            signIn(browser.open(link), gainer);
            browser.find("#reveal\\:show").click();
            assertThat(browser.textOf("#reveal\\:code")).isEqualTo(IncidentsApiIT.CODE);
            assertThat(browser.url()).as("the address still names the incident").contains("incident.xhtml?id=");
            browser.check("04-code-shown");
            browser.fill("close:resolution", "Commissioned on site with the code");
            browser.find("#close\\:submit").click();
            assertThat(browser.textOf("#status")).isEqualTo("Closed");
            assertThat(browser.text()).contains("Install code read").contains("Commissioned on site");
            browser.check("05-closed");
        }

        try (Browser browser = new Browser()) {
            signIn(browser.open(link), stranger);
            assertThat(browser.textOf("#messages")).contains("that you may see");
            assertThat(browser.source()).doesNotContain(IncidentsApiIT.CODE).doesNotContain(device);
        }

        try (Browser browser = new Browser()) {
            signIn(browser.open("ssmi/index.xhtml"), operator);
            assertThat(browser.textOf("#incidents")).contains(device);
            browser.check("06-ssmi-incidents");
            browser.open("ssmi/overdue.xhtml");
            assertThat(browser.title()).startsWith("Overdue report");
            browser.open("ssmi/users.xhtml?partyId=" + gainer.partyId());
            assertThat(browser.textOf("#users")).contains(gainer.username());
            browser.check("07-ssmi-users");
        }
        for (Person person : List.of(installer, gainer, stranger)) {
            for (MimeMessage mail : CspMailbox.mailsTo(person.email())) {
                assertThat(IncidentsApiIT.text(mail)).doesNotContain(IncidentsApiIT.CODE);
            }
        }
    }

    @Test
    void theSsmiIsForDccOperatorsOnly() {
        Person supplier = People.of(People.supplier("IS"), "INCIDENTS");
        try (Browser browser = new Browser()) {
            signIn(browser.open("ssmi/index.xhtml"), supplier);
            assertThat(browser.text()).contains("The SSMI is for DCC operators.");
        }
    }

    @Test
    void aSupplierFollowsItsReturnsPerChAndPerRequestAndDownloadsThem() throws Exception {
        String party = People.supplier("IS");
        Person tracker = People.of(party, "RETURNS");
        String bulk = party + ":" + Eui64s.random() + ":1";
        for (int i = 0; i < 60; i++) {
            record(party, i < 55 ? bulk : party + ":single:" + i, i < 50 ? "OPEN" : "RECEIVED");
        }

        try (Browser browser = new Browser()) {
            signIn(browser.open("ssi/returns.xhtml"), tracker);
            assertThat(browser.find("#returns").findElements(By.cssSelector("tbody tr")))
                    .hasSize(50);
            // dates as people in the UK write them, and as the date fields take them back
            LocalDate due = LocalDate.now().plusDays(90);
            assertThat(browser.textOf("#returns"))
                    .contains(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")))
                    .doesNotContain(due.toString());
            browser.check("08-returns");
            browser.find("#older").click();
            assertThat(browser.find("#returns").findElements(By.cssSelector("tbody tr")))
                    .hasSize(10);

            browser.open("ssi/returns.xhtml?requestId=" + bulk);
            assertThat(browser.textOf("#counts")).contains("Open 50").contains("Received 5");
            browser.check("09-returns-request");

            HttpResponse<String> csv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(DspServer.resolve("ssi/returns.csv?requestId=" + bulk))
                                    .header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body().lines()).hasSize(56).first().asString().startsWith("deviceId,requestId");
        }
    }

    @Test
    void aCspReceivesAReturnedChByItsDeviceIdThenClosesItAndTheSupplierSeesIt() {
        ReturningSupplier supplier = ReturningSupplier.register();
        Hub hub = supplier.deliveredHubs(1).get(0);
        assertThat(supplier.send(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)))
                .contains("<sr:ResponseCode>I0<");
        Eventually.await(
                "the returns record",
                () -> !ItDatabase.rows("select 1 from returns_record where device_id = ?", Eui64s.value(hub.chf()))
                        .isEmpty());
        Person receiver = People.of(supplier.cspId(), "WORK_ORDERS");
        Person tracker = People.of(supplier.partyId(), "RETURNS");

        try (Browser browser = new Browser()) {
            signIn(browser.open("ssi/receipts.xhtml"), receiver);
            assertThat(browser.textOf("#receipts")).contains(hub.chf());
            browser.find("#step\\:received").click();
            browser.awaitText("#messages", "Give the CH's CHF Device ID.");
            assertThat(browser.textOf("#receipts")).as("the list, still there").contains(hub.chf());
            browser.fill("step:deviceId", "00-00-00-00-00-00-00-01");
            browser.find("#step\\:received").click();
            browser.awaitText("#messages", "No OPEN returns record of CH 00-00-00-00-00-00-00-01");
            browser.fill("step:deviceId", hub.chf().toLowerCase());
            browser.find("#step\\:received").click();
            browser.awaitText("#messages", "CH " + hub.chf() + " is now received");
            assertThat(browser.find("#open").getAttribute("aria-current"))
                    .as("still on the list of CHs on their way")
                    .isEqualTo("page");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("the scan field, ready for the next CH")
                    .isEqualTo("step:deviceId");
            browser.check("10-csp-receipts");
            browser.find("#received").click();
            browser.awaitText("#receipts", hub.chf());
            browser.find("[aria-label='Close " + hub.chf() + "']").click();
            browser.awaitText("#messages", "CH " + hub.chf() + " is now closed");
        }
        try (Browser browser = new Browser()) {
            signIn(browser.open("ssi/returns.xhtml?deviceId=" + hub.chf()), tracker);
            assertThat(browser.textOf("#returns")).contains("Closed");
        }
    }

    private static void record(String party, String request, String status) {
        ItDatabase.update(
                "insert into returns_record (request_id, device_id, returning_party_id, service_reference_variant,"
                        + " return_type, status, opened_at, due_on) values (?, ?, ?, '8.14.4', 'No Fault Return', ?,"
                        + " ?, ?)",
                request,
                Eui64s.value(Eui64s.random()),
                party,
                status,
                java.sql.Timestamp.from(Instant.now()),
                LocalDate.now().plusDays(90));
    }

    /** Signs in on the sign-in page the browser was sent to, with the keyboard. */
    private static void signIn(Browser browser, Person person) {
        browser.signIn(person);
    }

    private static MimeMessage awaitMail(String address, String subject) {
        Eventually.await(
                subject + " to " + address,
                () -> CspMailbox.mailsTo(address).stream()
                        .anyMatch(m -> IncidentsApiIT.subject(m).contains(subject)));
        return CspMailbox.mailsTo(address).stream()
                .filter(m -> IncidentsApiIT.subject(m).contains(subject))
                .findFirst()
                .orElseThrow();
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(IncidentsApiIT.text(mail));
        assertThat(link.find()).as("a link to the incident").isTrue();
        return link.group(1);
    }
}
