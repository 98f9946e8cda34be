package uk.dsp.inventory.it.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.Browser;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;

/**
 * Each role, signed in, lands on its own first page and is offered the pages it can use and no other; every one of
 * them, and the error pages, pass axe-core with no violation at a desktop's and at a phone's width, and at a phone's
 * width none is wider than the window.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class PagesByRoleIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    /** Each role's menu, in order: its first page is where the sign-in lands. */
    private static final Map<String, List<String>> MENUS = new LinkedHashMap<>();

    static {
        MENUS.put("INCIDENTS", List.of("Incidents", "Lodge an install code"));
        MENUS.put("RETURNS", List.of("CH returns"));
        MENUS.put("REFLASH", List.of("CH stock", "Re-flash requests", "Re-flash forecast", "Re-flash charges"));
        MENUS.put("WORK_ORDERS", List.of("Returned CHs to receive", "Re-flash work orders"));
        MENUS.put("SERVICE_DESK", List.of("All incidents", "Overdue report", "Undelivered messages"));
        MENUS.put("USER_ADMIN", List.of("Parties and users"));
        MENUS.put("LOGISTICS", List.of("Re-flash requests", "Firmware catalogue", "Firmware file", "Re-flash ledger"));
    }

    @Test
    void eachRoleLandsOnItsFirstPageAndIsOfferedOnlyItsOwnPagesEachAccessibleAtBothWidths() {
        String supplier = People.supplier("IS", "GS");
        String csp = AdminClient.asAdministrator().cspOf("North", "csp pages password");
        for (Map.Entry<String, List<String>> role : MENUS.entrySet()) {
            String party = switch (role.getKey()) {
                case "INCIDENTS", "RETURNS", "REFLASH" -> supplier;
                case "WORK_ORDERS" -> csp;
                default -> People.DSP_PARTY;
            };
            Person person = People.of(party, role.getKey());
            try (Browser browser = new Browser()) {
                browser.open("ssi/").signIn(person);
                assertThat(menu(browser)).as(role.getKey() + "'s menu").isEqualTo(role.getValue());
                assertThat(browser.title())
                        .as(role.getKey() + " lands on its first page")
                        .startsWith(role.getValue().get(0));
                for (int i = 0; i < role.getValue().size(); i++) {
                    List<WebElement> links = browser.driver().findElements(By.cssSelector("nav[aria-label=Main] a"));
                    links.get(i).click();
                    browser.awaitText(
                            "nav[aria-label=Main] a[aria-current=page]",
                            role.getValue().get(i));
                    assertThat(browser.text()).doesNotContain("your roles", "Exception");
                    browser.check("role-" + role.getKey().toLowerCase() + "-" + i);
                }
            }
        }
    }

    @Test
    void aPageNotFoundAndAPageNotForYouAreShownInTheLayoutWithAWayHome() {
        Person supplier = People.of(People.supplier("IS"), "INCIDENTS");
        try (Browser browser = new Browser()) {
            browser.open("ssi/sign-in.xhtml").check("sign-in");
            browser.open("ssi/no-such-page.xhtml").signIn(supplier);
            assertThat(browser.textOf("h1")).isEqualTo("Page not found");
            assertThat(browser.source()).doesNotContain("ExternalContext", "Exception", "Undertow");
            browser.check("error-404");
            browser.open("ssmi/index.xhtml");
            browser.awaitText("h1", "You cannot use this page");
            assertThat(browser.textOf("h1")).isEqualTo("You cannot use this page");
            assertThat(browser.textOf("#problem")).isEqualTo("The SSMI is for DCC operators.");
            browser.check("error-403");
            browser.find("#home").click();
            browser.awaitText("h1", "Incidents");
            assertThat(browser.url()).endsWith("/ssi/index.xhtml");
            browser.find("#signOut button").click();
            browser.awaitText("h1", "Sign in");
            browser.open("ssi/index.xhtml");
            assertThat(browser.url()).contains("/ssi/sign-in.xhtml?next=");
        }
    }

    /**
     * A user administrator picks a party by its name and is offered, as boxes to tick, only the roles its kind of party
     * allows; the user added signs in and lands on its first page.
     */
    @Test
    void aUserAdministratorPicksThePartyByNameAndTicksOnlyTheRolesItsKindAllows() {
        String csp = AdminClient.asAdministrator().cspOf("South", "csp pages password");
        Person admin = People.of(People.DSP_PARTY, "USER_ADMIN");
        String username = "picked-" + Long.toHexString(System.nanoTime());
        try (Browser browser = new Browser()) {
            browser.open("ssi/").signIn(admin);
            new org.openqa.selenium.support.ui.Select(browser.find("#partyId")).selectByValue(csp);
            browser.find("form.filters input[type=submit]").click();
            browser.awaitText("#addUser", "Add a user to");
            List<String> offered = browser.driver().findElements(By.cssSelector("#add\\:roles label")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(offered).containsExactly("Work orders");
            browser.check("users-add");
            browser.fill("add:username", username);
            browser.fill("add:password", People.PASSWORD);
            browser.find("#add\\:roles input[type=checkbox]").click();
            browser.find("#add\\:submit").click();
            browser.awaitText("#messages", "User " + username + " added to ");
            assertThat(browser.textOf("#messages")).contains("(" + csp + ")");
            assertThat(browser.textOf("#users")).contains(username, "Work orders");
        }
        try (Browser browser = new Browser()) {
            browser.open("ssi/").signIn(new Person(username, csp, null));
            assertThat(browser.title()).startsWith("Returned CHs to receive");
        }
    }

    /**
     * A refused field shows its problem at the field, marked invalid and described by it, and in the summary above,
     * which links to it and has the keyboard's focus; an empty form gets every problem at once.
     */
    @Test
    void everyProblemIsShownAtItsFieldAndInASummaryThatHasTheFocus() {
        Person supplier = People.of(People.supplier("IS"), "INCIDENTS");
        Person admin = People.of(People.DSP_PARTY, "USER_ADMIN");
        try (Browser browser = new Browser()) {
            browser.open("ssi/").signIn(supplier);
            browser.fill("raise:deviceId", "not a device");
            browser.find("#raise\\:submit").click();
            browser.find("#errorSummary");
            WebElement field = browser.find("#raise\\:deviceId");
            assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(field.getAttribute("aria-describedby")).isEqualTo("raise:deviceId-error");
            assertThat(browser.textOf("[id='raise:deviceId-error']")).contains("EUI-64");
            assertThat(browser.find("#errorSummary a").getAttribute("href")).endsWith("#raise:deviceId");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("errorSummary");
            browser.check("error-at-field");
        }
        try (Browser browser = new Browser()) {
            browser.open("ssmi/users.xhtml?partyId=" + People.DSP_PARTY).signIn(admin);
            browser.find("#add\\:submit").click();
            browser.find("#errorSummary");
            assertThat(browser.driver().findElements(By.cssSelector("#errorSummary li")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactlyInAnyOrder(
                            "Enter a user name.",
                            "Enter a password of 12 characters or more.",
                            "Choose at least one role.");
            assertThat(browser.find("#add\\:username").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.find("#add\\:password").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.textOf("[id='add:roles-error']")).isEqualTo("Choose at least one role.");
            browser.check("every-problem-at-once");
        }
    }

    /** An operator reassigns an open incident to a Service User picked by its name, not typed as an ID. */
    @Test
    void anOperatorReassignsToAServiceUserPickedByName() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        String other = People.supplier("IS", "GS");
        String device = uk.dsp.inventory.it.support.SmiFixtures.installAndLeave(installer.partyId());
        long id = gainer.post("api/v1/incidents", "{\"deviceId\":\"" + device + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        try (Browser browser = new Browser()) {
            browser.open("ssi/incident.xhtml?id=" + id).signIn(People.operator());
            List<String> offered = browser.driver().findElements(By.cssSelector("#reassign\\:party option")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(offered).anyMatch(option -> option.endsWith("(" + other + ")"));
            assertThat(offered).noneMatch(option -> option.contains(People.DSP_PARTY));
            new org.openqa.selenium.support.ui.Select(browser.find("#reassign\\:party")).selectByValue(other);
            browser.fill("reassign:reason", "the other supplier installed it");
            browser.find("#reassign\\:submit").click();
            browser.awaitText("#messages", "Incident reassigned");
            assertThat(browser.textOf("#assignee")).contains(other);
            browser.check("incident-reassigned");
        }
    }

    /** The check itself can fail: a page with an image without a text and a field without a label is refused. */
    @Test
    void theAccessibilityCheckFindsAViolation() {
        try (Browser browser = new Browser()) {
            browser.open("ssi/sign-in.xhtml");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                            + " '<img src=\"x.png\"><input type=\"text\">');");
            assertThat(browser.accessibilityViolations())
                    .anyMatch(violation -> violation.startsWith("image-alt:"))
                    .anyMatch(violation -> violation.startsWith("label:"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.check("violation"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt");
        }
    }

    @Test
    void anApiCallerGetsItsErrorsAsJsonNotAsAPage() {
        AdminClient.Reply missing = People.send("GET", "api/v1/no-such-resource", null, "nobody", "wrong");
        assertThat(missing.status()).isIn(401, 404);
        assertThat(missing.body()).doesNotContain("<html", "Exception");
    }

    private static List<String> menu(Browser browser) {
        return browser.driver().findElements(By.cssSelector("nav[aria-label=Main] a")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
