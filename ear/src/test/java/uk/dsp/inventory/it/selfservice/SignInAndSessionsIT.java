package uk.dsp.inventory.it.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.AdminClient.Reply;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.FromAddress;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PageSession;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerSettings;
import uk.dsp.inventory.it.support.SmiFixtures;

/**
 * People's sign-in and sessions: the lock after five failures (per name and address, not renewed, lifted by an
 * operator), the pages' headers and cookies, forms that only their own session can post, text shown as text, and
 * idle sessions that end.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class SignInAndSessionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void fiveWrongPasswordsLockTheNameFromThatAddressOnlyUntilAnOperatorUnlocksIt() throws IOException {
        Person person = People.of(People.supplier("IS"), "INCIDENTS");
        for (int attempt = 1; attempt <= 4; attempt++) {
            Reply wrong = People.send("GET", "api/v1/incidents", null, person.username(), "wrong password " + attempt);
            assertThat(wrong.status()).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(People.send("GET", "api/v1/incidents", null, person.username(), "wrong password 5")
                        .status())
                .isEqualTo(429);

        Reply locked = person.get("api/v1/incidents");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().getString("error")).contains("locked until");
        assertThat(FromAddress.get("127.0.0.2", "api/v1/incidents", person.username(), People.PASSWORD))
                .startsWith("HTTP/1.1 200");
        assertThat(new PageSession().signIn(person.username(), People.PASSWORD).body())
                .contains("Too many failed");
        assertThat(AdminClient.asAdministrator()
                        .get("api/admin/parties/" + person.partyId() + "/users")
                        .body())
                .contains("\"lockedFrom\":[\"127.0.0.1\"]");

        Reply unlocked = AdminClient.asAdministrator().post("api/admin/users/" + person.username() + "/unlock", "");
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(person.get("api/v1/incidents").status()).isEqualTo(200);
    }

    @Test
    void thePagesSendSecurityHeadersAndAStrictHttpOnlySessionCookie() {
        PageSession session = new PageSession();
        HttpResponse<String> page = session.get("ssi/sign-in.xhtml");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));
        assertThat(session.get("ssi/index.xhtml").statusCode()).isEqualTo(302);
        assertThat(session.get("ssi/index.xhtml")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("sign-in.xhtml?next=");
    }

    /**
     * Signing out is a plain form with the session's own token: a list page keeps no view in the session, a post
     * without the token (another site's page) is refused and the session stays, and the page's own form ends it.
     */
    @Test
    void signingOutTakesTheSessionsOwnTokenAndAListPageKeepsNoViewInTheSession() {
        Person person = People.of(People.supplier("IS", "GS"), "RETURNS");
        PageSession session = new PageSession();
        assertThat(session.signIn(person.username(), People.PASSWORD).statusCode())
                .isEqualTo(302);
        String list = session.get("ssi/returns.xhtml").body();
        assertThat(list).contains("Sign out").doesNotContain("jakarta.faces.ViewState");
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(list);
        assertThat(token.find()).isTrue();

        HttpResponse<String> forged = session.postRaw(
                "ssi/sign-out", "application/x-www-form-urlencoded", "token=forged".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> without =
                session.postRaw("ssi/sign-out", "application/x-www-form-urlencoded", new byte[0]);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("You cannot use this page");
        assertThat(session.get("ssi/sign-out").statusCode()).isEqualTo(405);
        assertThat(session.get("ssi/returns.xhtml").statusCode())
                .as("still signed in")
                .isEqualTo(200);

        HttpResponse<String> signedOut = session.postRaw(
                "ssi/sign-out",
                "application/x-www-form-urlencoded",
                ("token=" + token.group(1)).getBytes(StandardCharsets.UTF_8));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/ssi/sign-in.xhtml");
        assertThat(session.get("ssi/returns.xhtml").statusCode())
                .as("signed out")
                .isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsSessionsViewStateIsRefusedAndChangesNothing() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        long id = raisedIncident(installer, gainer);
        PageSession session = new PageSession();
        assertThat(session.signIn(gainer.username(), People.PASSWORD).statusCode())
                .isEqualTo(302);
        String incidentPage = "ssi/incident.xhtml?id=" + id;
        String realViewState = PageSession.viewState(session.get(incidentPage).body());

        HttpResponse<String> forged = session.post(incidentPage, "note", Map.of("text", "forged"), "1234:5678");
        HttpResponse<String> withoutAny = session.post(incidentPage, "note", Map.of("text", "without"), null);
        HttpResponse<String> anonymous =
                new PageSession().post(incidentPage, "note", Map.of("text", "x"), realViewState);
        HttpResponse<String> genuine = session.post(incidentPage, "note", Map.of("text", "genuine"), realViewState);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(withoutAny.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(ItDatabase.rows("select text from incident_event where incident_id = ? and kind = 'NOTE'", id))
                .extracting(row -> row.get("text"))
                .containsExactly("genuine");
    }

    @Test
    void anOperatorWithoutServiceDeskGets403ForTheOverdueCsvBeforeAnyLineOfIt() {
        Person logistics = People.of(People.DSP_PARTY, "LOGISTICS");
        PageSession session = new PageSession();
        session.signIn(logistics.username(), People.PASSWORD);

        var refused = session.get("ssmi/overdue.csv");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("incident,deviceId");
        PageSession desk = new PageSession();
        desk.signIn(People.operator().username(), People.PASSWORD);
        assertThat(desk.get("ssmi/overdue.csv").body()).startsWith("incident,deviceId");
    }

    @Test
    void aNoteHoldingMarkupIsShownAsText() {
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        long id = raisedIncident(installer, gainer);
        installer.post("api/v1/incidents/" + id + "/notes", "{\"text\":\"<script>alert('owned')</script>\"}");
        PageSession session = new PageSession();
        session.signIn(gainer.username(), People.PASSWORD);

        String page = session.get("ssi/incident.xhtml?id=" + id).body();

        assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    @Test
    void anIdleSessionEndsAndItsPagesAskForSignInAgain() throws InterruptedException {
        Person person = People.of(People.supplier("IS"), "INCIDENTS");
        ServerSettings.set("dsp.ssi.session-timeout-seconds", "2");
        try {
            PageSession session = new PageSession();
            session.signIn(person.username(), People.PASSWORD);
            assertThat(session.get("ssi/index.xhtml").statusCode()).isEqualTo(200);

            Thread.sleep(4_000);

            assertThat(session.get("ssi/index.xhtml").statusCode()).isEqualTo(302);
        } finally {
            ServerSettings.set("dsp.ssi.session-timeout-seconds", "900");
        }
    }

    /** An open incident the gainer raised for a device the installer's party installed. */
    private static long raisedIncident(Person installer, Person gainer) {
        return gainer.post("api/v1/incidents", IncidentsApiIT.body(SmiFixtures.installAndLeave(installer.partyId())))
                .json()
                .getJsonNumber("id")
                .longValue();
    }
}
