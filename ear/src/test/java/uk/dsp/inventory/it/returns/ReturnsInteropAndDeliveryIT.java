package uk.dsp.inventory.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.DeadLetters;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerLog;
import uk.dsp.inventory.it.support.duis.DccSigningTool;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SigningIdentity;

/**
 * Interoperation with the DCC's reference signer (DCC Boxed's tool), the mail to the CSP failing into the
 * dead-letter queue, and a Service User following its returns in the self-service API.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class ReturnsInteropAndDeliveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void acceptsARequestSignedByTheDccToolAndItsValidateAcceptsOurResponse(@TempDir Path keys) throws IOException {
        ReturningSupplier supplier = ReturningSupplier.register();
        Hub hub = supplier.deliveredHubs(1).get(0);
        SigningIdentity.KeyFiles files = supplier.identity().writeTo(keys);
        DccSigningTool tool = new DccSigningTool();
        String signedByTool = tool.sign(
                ReturnDocuments.faultReturn(
                        supplier.partyId(), nextCounter(), hub, "Fault identified prior to installation"),
                files.certificate(),
                files.privateKey(),
                true);

        DuisClient.Reply reply = DuisClient.post(signedByTool);

        assertThat(reply.body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
        Path dspCertificate = Files.writeString(keys.resolve("dsp.pem"), DuisClient.dspCertificatePem());
        DccSigningTool.Result validated = tool.validate(reply.body(), dspCertificate);
        assertThat(validated.ok()).as(validated.stderr()).isTrue();
        assertThat(tool.validate(reply.body().replace("I0", "E5"), dspCertificate)
                        .ok())
                .isFalse();
    }

    @Test
    void aMailThatCannotBeSentIsRetriedThenDeadLetteredAndItsNoticeMarkedFailed() throws IOException {
        ReturningSupplier supplier = ReturningSupplier.register();
        Hub hub = supplier.deliveredHubs(1).get(0);
        long counter = nextCounter();
        String requestId = supplier.requestId(counter);
        CspMailbox.stop();
        try {
            DuisClient.Reply reply =
                    DuisClient.post(supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), counter, hub)));
            assertThat(reply.body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");

            Eventually.await(
                    "the undeliverable notice in the DLQ",
                    () -> DeadLetters.list().contains(requestId));
            Eventually.await(
                    "the notice marked FAILED",
                    () -> failedNotices(supplier.cspId()).contains(requestId));
        } finally {
            CspMailbox.start();
        }
        assertThat(CspMailbox.mailsAbout(supplier.cspEmail(), requestId)).isEmpty();
        JsonObject notice = AdminClient.asAdministrator()
                .get("api/admin/csp-notices?status=FAILED&cspPartyId=" + supplier.cspId())
                .json()
                .getJsonArray("notices")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(n -> n.getString("requestId").equals(requestId))
                .findFirst()
                .orElseThrow();
        assertThat(notice.getString("failure")).containsIgnoringCase("connect");

        // one line per attempt, no stack trace: a WARNING while it will be retried, a SEVERE naming the DLQ at the last
        List<String> lines = ServerLog.linesWith("CSP notice of " + requestId + " to " + supplier.cspId());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("WARN").contains("attempt 1 of 2, to be retried");
        assertThat(lines.get(1)).contains("SEVERE").contains("dead-letter queue DLQ");
        String log = ServerLog.text();
        String afterLast =
                log.substring(log.indexOf(lines.get(1)) + lines.get(1).length());
        assertThat(afterLast.lines().skip(1).findFirst().orElse("")).doesNotStartWith("\tat ");
    }

    private static String failedNotices(String cspPartyId) {
        return AdminClient.asAdministrator()
                .get("api/admin/csp-notices?status=FAILED&cspPartyId=" + cspPartyId)
                .body();
    }

    @Test
    void aServiceUsersPeopleFollowTheReturnsOfItsOwnHubsOnly() throws Exception {
        ReturningSupplier supplier = ReturningSupplier.register();
        List<Hub> hubs = supplier.deliveredHubs(3);
        long counter = nextCounter();
        DuisClient.post(supplier.sign(ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), counter, hubs)));
        Person tracker = People.of(supplier.partyId(), "RETURNS");
        Person other = People.of(ReturningSupplier.register().partyId(), "RETURNS");

        Eventually.await("three returns records", () -> returns(tracker, "").size() == 3);
        JsonArray mine = returns(tracker, "?deviceId=" + hubs.get(1).chf());

        assertThat(mine).hasSize(1);
        assertThat(mine.getJsonObject(0).getString("status")).isEqualTo("OPEN");
        assertThat(mine.getJsonObject(0).getString("serviceReferenceVariant")).isEqualTo("8.14.4");
        assertThat(mine.getJsonObject(0).getString("requestId")).endsWith(":" + counter);
        assertThat(returns(other, "")).isEmpty();
        assertThat(People.send("GET", "api/v1/returns", null, null, null).status())
                .isEqualTo(401);
        assertThat(tracker.get("api/v1/returns?deviceId=nonsense").status()).isEqualTo(400);
        assertThat(People.of(supplier.partyId(), "INCIDENTS")
                        .get("api/v1/returns")
                        .status())
                .isEqualTo(403);
    }

    private static JsonArray returns(Person person, String query) {
        AdminClient.Reply reply = person.get("api/v1/returns" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("returns");
    }
}
