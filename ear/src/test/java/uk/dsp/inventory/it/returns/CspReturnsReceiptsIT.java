package uk.dsp.inventory.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The CSP's side of returns over JSON: the CSP of the CHs' region receives, then closes, each returns record; the
 * Service User's tracking shows it; another region's CSP and the Service User change nothing; operators see the
 * records past their due date.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class CspReturnsReceiptsIT {

    private ReturningSupplier supplier;
    private Person cspStaff;
    private Person tracker;
    private List<Long> records;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void returnTwoHubs() {
        supplier = ReturningSupplier.register();
        List<Hub> hubs = supplier.deliveredHubs(2);
        String xml = ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), nextCounter(), hubs);
        assertThat(DuisClient.post(supplier.sign(xml)).body()).contains("<sr:ResponseCode>I0<");
        String requestId = xml.replaceAll("(?s).*<sr:RequestID>([^<]+)</sr:RequestID>.*", "$1");
        Eventually.await("two returns records", () -> recordsOf(requestId).size() == 2);
        records = recordsOf(requestId);
        cspStaff = People.of(supplier.cspId(), "WORK_ORDERS");
        tracker = People.of(supplier.partyId(), "RETURNS");
    }

    @Test
    void theRegionsCspReceivesThenClosesEachRecordAndTheServiceUserSeesIt() {
        long record = records.get(0);

        assertThat(cspStaff.get("api/v1/csp-returns?status=OPEN&limit=1000").body())
                .contains("\"recordId\":" + record);
        AdminClient.Reply received = cspStaff.post("api/v1/csp-returns/" + record + "/received", "");
        AdminClient.Reply again = cspStaff.post("api/v1/csp-returns/" + record + "/received", "");
        AdminClient.Reply closed = cspStaff.post("api/v1/csp-returns/" + record + "/closed", "");
        AdminClient.Reply closedTwice = cspStaff.post("api/v1/csp-returns/" + record + "/closed", "");
        AdminClient.Reply closedUnreceived = cspStaff.post("api/v1/csp-returns/" + records.get(1) + "/closed", "");

        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().getString("status")).isEqualTo("RECEIVED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closedTwice.status()).isEqualTo(409);
        assertThat(closedUnreceived.status()).isEqualTo(409);
        assertThat(closedUnreceived.json().getString("error")).contains("only a RECEIVED record is closed");
        JsonObject tracked = tracker.get("api/v1/returns?limit=10").json().getJsonArray("returns").stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("recordId").longValue() == record)
                .findFirst()
                .orElseThrow();
        assertThat(tracked.getString("status")).isEqualTo("CLOSED");
        assertThat(tracked.containsKey("receivedAt")).isTrue();
        assertThat(tracked.containsKey("closedAt")).isTrue();
        assertThat(ItDatabase.rows(
                                "select status, received_by, closed_by from returns_record where record_id = ?", record)
                        .get(0))
                .containsEntry("received_by", cspStaff.username())
                .containsEntry("closed_by", cspStaff.username());
        assertThat(status(records.get(1))).isEqualTo("OPEN");
    }

    @Test
    void anotherRegionsCspAndTheServiceUserChangeNothingAndSeeNothing() {
        long record = records.get(0);
        Person otherCsp =
                People.of(AdminClient.asAdministrator().cspOf("4G North", "north gateway secret"), "WORK_ORDERS");
        Person serviceUsersUser = People.of(supplier.partyId(), "RETURNS");

        AdminClient.Reply foreign = otherCsp.post("api/v1/csp-returns/" + record + "/received", "");
        AdminClient.Reply serviceUser = serviceUsersUser.post("api/v1/csp-returns/" + record + "/received", "");
        AdminClient.Reply aPlainForm = People.send(
                "POST", "api/v1/csp-returns/" + record + "/received", null, cspStaff.username(), People.PASSWORD);
        AdminClient.Reply foreignList = otherCsp.get("api/v1/csp-returns?limit=1000");
        AdminClient.Reply unknown = cspStaff.post("api/v1/csp-returns/999999999999/received", "");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreignList.status()).isEqualTo(200);
        assertThat(foreignList.body()).doesNotContain("\"recordId\":" + record + ",");
        assertThat(aPlainForm.status())
                .as("a post that is not JSON, as another site's form would send")
                .isEqualTo(415);
        assertThat(serviceUser.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(cspStaff.get("api/v1/csp-returns?status=SHIPPED").status()).isEqualTo(400);
        assertThat(status(record)).isEqualTo("OPEN");
    }

    @Test
    void operatorsSeeTheRecordsPastTheirDueDateUntilClosed() {
        long late = records.get(0);
        ItDatabase.update("update returns_record set due_on = current_date - 1 where record_id = ?", late);
        Person operator = People.operator();

        AdminClient.Reply overdue = operator.get("api/v1/overdue-returns?limit=1000");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.body())
                .contains("\"recordId\":" + late + ",")
                .doesNotContain("\"recordId\":" + records.get(1) + ",");
        assertThat(cspStaff.get("api/v1/overdue-returns").status()).isEqualTo(403);

        cspStaff.post("api/v1/csp-returns/" + late + "/received", "");
        cspStaff.post("api/v1/csp-returns/" + late + "/closed", "");
        AdminClient.Reply afterClosing = operator.get("api/v1/overdue-returns?limit=1000");
        assertThat(afterClosing.status()).isEqualTo(200);
        assertThat(afterClosing.body()).doesNotContain("\"recordId\":" + late + ",");
    }

    private static List<Long> recordsOf(String requestId) {
        return ItDatabase.rows(
                        "select record_id from returns_record where request_id = ? order by record_id", requestId)
                .stream()
                .map(row -> (Long) row.get("record_id"))
                .toList();
    }

    private static Object status(long record) {
        return ItDatabase.rows("select status from returns_record where record_id = ?", record)
                .get(0)
                .get("status");
    }
}
