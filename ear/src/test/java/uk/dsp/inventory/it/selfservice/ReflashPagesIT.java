package uk.dsp.inventory.it.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.it.support.Browser;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ReflashFixtures;

/**
 * A CH re-flash through the pages in a real browser, with each party's people: the supplier requests it from its
 * stock, DCC Logistics accepts it, the CSP works the order, the new firmware comes by CSPM-N3 and by DCC Logistics'
 * file, the supplier amends the re-delivery, and sees the charges and its mails.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class ReflashPagesIT {

    private static final String REGION = "4G South";
    private static final String REFUSAL = "not in original sealed packaging";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeAll
    static void mailbox() {
        CspMailbox.start();
    }

    @Test
    void aSupplierHasFourChsReflashedTwoSucceedOneFailsOneIsRefusedAndTwoAreCharged() throws Exception {
        Person supplier = People.of(People.supplier("IS", "GS"), "REFLASH");
        Person logistics = ReflashFixtures.logistics();
        String cspId = ReflashFixtures.csp(REGION);
        Person csp = People.of(cspId, "WORK_ORDERS");
        List<String> chs = ReflashFixtures.stock(supplier.partyId(), REGION, 4);

        String requestPath;
        try (Browser browser = new Browser()) {
            browser.open("ssi/stock.xhtml?behindOnly=true").signIn(supplier);
            assertThat(browser.textOf("#summary"))
                    .contains(ReflashFixtures.MODEL)
                    .contains(ReflashFixtures.LATEST)
                    .contains("behind");
            chs.subList(0, 3)
                    .forEach(ch ->
                            browser.driver().findElement(By.id("pick-" + ch)).click());
            Path list = Files.createTempFile("to-reflash", ".csv");
            Files.writeString(list, "CHF Device ID,note\n" + chs.get(3) + ",shelf 12\n");
            browser.find("#reflash\\:file").sendKeys(list.toAbsolutePath().toString());
            browser.fill("reflash:address", "Unit 4, Stores Park\nLeeds LS1 1AA");
            browser.fill("reflash:contactName", "Stores Manager");
            browser.fill("reflash:contactPhone", "0113 496 0000");
            browser.fill(
                    "reflash:wantedOn",
                    LocalDate.now()
                            .plusWeeks(4)
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            browser.check("reflash-01-stock");
            browser.find("#reflash\\:submit").click();
            browser.awaitText("#messages", "made for 4 CHs");
            assertThat(browser.textOf("#acceptedCount")).isEqualTo("4");
            assertThat(browser.has("#refused")).isFalse();
            browser.check("reflash-02-requested");
            requestPath = "ssi/" + browser.find("#reference").getDomAttribute("href");
        }
        String requestId = requestPath.substring(requestPath.indexOf("id=") + 3);

        String workOrder;
        try (Browser browser = new Browser()) {
            browser.open("ssmi/firmware.xhtml").signIn(logistics);
            assertThat(browser.textOf("#changes")).contains(ReflashFixtures.MODEL, ReflashFixtures.LATEST);
            browser.open("ssmi/reflash-requests.xhtml");
            assertThat(browser.textOf("#requests tbody tr"))
                    .contains(supplier.partyId(), "Requested " + chs.size() + " ");
            browser.open("ssmi/reflash-request.xhtml?id=" + requestId);
            browser.find("#decision\\:accept").click();
            browser.awaitText("#status", "Accepted");
            workOrder = browser.textOf("#workOrders tbody td");
            assertThat(workOrder).startsWith("WO-");
            browser.check("reflash-03-accepted");
        }

        String workOrderPath;
        try (Browser browser = new Browser()) {
            browser.open("ssi/work-orders.xhtml").signIn(csp);
            browser.driver().findElement(By.linkText(workOrder)).click();
            browser.awaitText("#reference", workOrder);
            workOrderPath = "ssi/work-order.xhtml"
                    + browser.url().substring(browser.url().indexOf('?'));
            assertThat(browser.textOf("#redeliveryAddress")).contains("Stores Park");
            for (String ch : chs.subList(0, 3)) {
                chStep(browser, ch, "", "#ch\\:received", "received");
            }
            chStep(browser, chs.get(3), REFUSAL, "#ch\\:refuse", "refused");
            chStep(browser, chs.get(0), "", "#ch\\:reflashed", "re-flashed");
            // On the CH's own row, without typing its ID again: only the steps that apply are offered there.
            assertThat(row(browser, chs.get(1)).findElements(By.cssSelector("input[type=submit]")).stream()
                            .map(button -> button.getAttribute("value"))
                            .toList())
                    .containsExactly("Re-flashed", "Failed");
            rowStep(browser, chs.get(1), "", "Re-flashed", "re-flashed");
            rowStep(browser, chs.get(2), "did not start after flashing", "Failed", "failed");
            assertThat(browser.textOf("#chs")).contains(REFUSAL);
            assertThat(browser.textOf("#stillToDo"))
                    .contains("2 re-flashed CHs' new firmware is not yet in the SMI", "CSPM-N3");
            browser.check("reflash-04-work-order");
        }

        assertThat(N3Gateway.as(cspId, ReflashFixtures.CSP_PASSWORD)
                        .preNotifyCommsHubs(N3Gateway.call(List.of(ReflashFixtures.reflashed(
                                chs.get(0), REGION, supplier.partyId(), ReflashFixtures.LATEST))))
                        .getOutcome()
                        .get(0)
                        .getReasonCode())
                .isEqualTo(ReasonCode.UPDATED);

        Path file = Files.createTempFile("reflashed", ".csv");
        Files.writeString(file, "deviceId,firmwareVersion\n" + chs.get(1) + "," + ReflashFixtures.LATEST + "\n");
        try (Browser browser = new Browser()) {
            browser.open("ssmi/firmware-upload.xhtml").signIn(logistics);
            browser.find("#upload\\:file").sendKeys(file.toAbsolutePath().toString());
            browser.find("#upload\\:submit").click();
            browser.awaitText("#counts", "1 applied");
            assertThat(browser.textOf("#lines")).contains(chs.get(1)).contains("recorded");
            browser.check("reflash-05-firmware-file");
            assertThat(browser.has("#errorSummary"))
                    .as("a file wholly used is a success")
                    .isFalse();

            // A file none of whose lines could be used is shown as the problem it is, not in green.
            Files.writeString(
                    file, "deviceId,firmwareVersion\n00-00-00-00-00-00-00-01," + ReflashFixtures.LATEST + "\n");
            browser.find("#upload\\:file").sendKeys(file.toAbsolutePath().toString());
            browser.find("#upload\\:submit").click();
            browser.awaitText("#errorSummary", "No line of the file could be used");
            assertThat(browser.textOf("#counts")).contains("0 applied", "1 refused");
        } finally {
            Files.deleteIfExists(file);
        }

        try (Browser browser = new Browser()) {
            browser.open(requestPath).signIn(supplier);
            browser.fill("amend:address", "Unit 9, Goods Yard\nLeeds LS2 2BB");
            browser.find("#amend\\:submit").click();
            browser.awaitText("#messages", "amended");
            assertThat(browser.textOf("#redeliveryAddress")).contains("Goods Yard");
            browser.check("reflash-06-amended");
        }

        try (Browser browser = new Browser()) {
            browser.open(workOrderPath).signIn(csp);
            assertThat(browser.textOf("#redeliveryAddress")).contains("Goods Yard");
            browser.find("#order\\:dispatch").click();
            browser.awaitText("#status", "Dispatched");
            browser.find("#order\\:delivered").click();
            browser.awaitText("#status", "Delivered");
            browser.check("reflash-07-delivered");
        }

        try (Browser browser = new Browser()) {
            browser.open("ssi/reflash-charges.xhtml").signIn(supplier);
            assertThat(browser.textOf("#charges tbody tr")).contains("2").contains("15.20");
            browser.check("reflash-08-charges");
            String csvLink = browser.find("#charges a.csv").getDomAttribute("href");
            HttpResponse<String> csv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(DspServer.resolve("ssi/" + csvLink))
                                    .header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body().lines().skip(1))
                    .hasSize(2)
                    .allMatch(line -> line.contains(",7.60,"))
                    .anyMatch(line -> line.contains(chs.get(0)))
                    .anyMatch(line -> line.contains(chs.get(1)));
            browser.open(requestPath);
            assertThat(browser.textOf("#status")).isEqualTo("Completed");
            assertThat(browser.textOf("#chs"))
                    .contains("Delivered")
                    .contains("Failed")
                    .contains("Refused");
            browser.check("reflash-09-completed");
        }

        Eventually.await(
                "the acceptance and dispatch mails to " + supplier.email(),
                () -> !CspMailbox.mailsAbout(supplier.email(), "was accepted by the DCC")
                                .isEmpty()
                        && !CspMailbox.mailsAbout(supplier.email(), "is dispatched to")
                                .isEmpty());
    }

    /** One CH's step on the work order's page, by its CHF Device ID, and the page's word that it was taken. */
    /** The CHs table's row of this CH. */
    private static WebElement row(Browser browser, String ch) {
        return browser.driver().findElement(By.xpath("//table[@id='chs']//tr[td[contains(., '" + ch + "')]]"));
    }

    /** A step on the CH's own row, with a reason typed there if one is given. */
    private static void rowStep(Browser browser, String ch, String reason, String button, String status) {
        if (!reason.isEmpty()) {
            row(browser, ch).findElement(By.cssSelector("input[type=text]")).sendKeys(reason);
        }
        row(browser, ch)
                .findElement(By.cssSelector("input[value='" + button + "']"))
                .click();
        browser.awaitText("#messages", "CH " + ch + " is now " + status);
    }

    private static void chStep(Browser browser, String ch, String reason, String button, String status) {
        browser.fill("ch:deviceId", ch);
        browser.fill("ch:reason", reason);
        browser.find(button).click();
        browser.awaitText("#messages", "CH " + ch + " is now " + status);
    }
}
