package uk.dsp.inventory.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static uk.dsp.inventory.it.support.Metrics.scrape;
import static uk.dsp.inventory.it.support.Metrics.value;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.SmiFixtures;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * The Prometheus text at the management interface's /metrics moves by exactly the traffic sent: DUIS requests by SR
 * variant and response code, refusals by status, the CHs of a bulk request, CSPM-N3 calls and records by reason; and
 * it shows the Dsp queues and the DLQ; the meters sampled from the database (incidents, housekeeping runs, the
 * outbox) follow it.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class MetricsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void theCountsMoveByWhatWasSent() throws Exception {
        ReturningSupplier supplier = ReturningSupplier.register();
        List<Hub> hubs = supplier.deliveredHubs(5);
        String[] singles = {"dsp_duis_requests_total", "code=\"I0\"", "variant=\"8.14.4\""};
        String[] refused = {"dsp_duis_refused_total", "status=\"400\""};
        String[] bulks = {"dsp_duis_bulk_requests_total"};
        String[] bulkChs = {"dsp_duis_bulk_chs_total"};
        String[] upToTen = {"dsp_duis_bulk_request_chs_total", "le=\"10.0\""};
        String[] upToOne = {"dsp_duis_bulk_request_chs_total", "le=\"1.0\""};
        String[] created = {"dsp_n3_records_total", "reason=\"CREATED\""};
        String[] duisLatency = {"dsp_http_request_seconds_count_total", "endpoint=\"duis\""};
        String[] duisUnderTenSeconds = {"dsp_http_request_seconds_total", "endpoint=\"duis\"", "le=\"10.0\""};
        String[] committed = {"transactions_number_of_committed_transactions_total"};
        String[] n3Refused = {"dsp_http_request_seconds_count_total", "endpoint=\"cspm-n3\"", "status=\"4xx\""};
        String[] n3Failed = {"dsp_http_request_seconds_count_total", "endpoint=\"cspm-n3\"", "status=\"5xx\""};
        String before = scrape();

        for (Hub hub : hubs.subList(0, 2)) {
            DuisClient.post(supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), hub)));
        }
        DuisClient.post(supplier.sign(
                ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), nextCounter(), hubs.subList(2, 5))));
        DuisClient.post("not xml");
        supplier.deliveredHubs(4);
        assertThat(catchThrowable(() -> N3Gateway.as(supplier.cspId(), "not the CSP's password")
                        .preNotifyCommsHubs(N3Gateway.call(
                                List.of(N3Gateway.commsHub(ReturningSupplier.REGION, supplier.partyId()))))))
                .isInstanceOf(N3RefusalFault.class);
        // The latency filter counts a request once the chain returns, which may be just after its client has the
        // answer.
        Eventually.await(
                "the four DUIS requests timed", () -> value(scrape(), duisLatency) - value(before, duisLatency) >= 4);
        Eventually.await(
                "the refused CSPM-N3 call timed", () -> value(scrape(), n3Refused) - value(before, n3Refused) >= 1);
        String after = scrape();

        String published = after.lines()
                .filter(line -> line.startsWith("dsp_"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(value(after, singles) - value(before, singles)).as(published).isEqualTo(3);
        assertThat(value(after, refused) - value(before, refused)).isEqualTo(1);
        assertThat(value(after, bulks) - value(before, bulks)).isEqualTo(1);
        assertThat(value(after, bulkChs) - value(before, bulkChs)).isEqualTo(3);
        assertThat(value(after, upToTen) - value(before, upToTen)).as(published).isEqualTo(1);
        assertThat(value(after, upToOne) - value(before, upToOne)).isZero();
        assertThat(value(after, duisLatency) - value(before, duisLatency)).isEqualTo(4);
        assertThat(value(after, duisUnderTenSeconds) - value(before, duisUnderTenSeconds))
                .isEqualTo(4);
        assertThat(value(after, created) - value(before, created)).isEqualTo(4);
        // a refusal is sent as a SOAP fault under HTTP 500, and counted as the caller's error
        assertThat(value(after, n3Refused) - value(before, n3Refused)).isEqualTo(1);
        assertThat(value(after, n3Failed) - value(before, n3Failed)).isZero();
        // the server's own: at least the three accepted returns' and the N3 call's transactions
        assertThat(value(after, committed) - value(before, committed)).isGreaterThanOrEqualTo(4);
        assertThat(after)
                .contains("dsp_n3_calls_total{")
                .contains("dsp_duis_request_seconds_total{")
                .contains("messaging_activemq_message_count{app=\"wildfly\",deployment=\"\",name=\"DspReturnsRecords\"")
                .contains("messaging_activemq_message_count{app=\"wildfly\",deployment=\"\",name=\"DLQ\"");
    }

    @Test
    void theStateMetersFollowTheDatabase() throws Exception {
        String[] open = {"dsp_incidents", "status=\"OPEN\""};
        String[] runs = {"dsp_housekeeping_runs_total"};
        Person installer = People.of(People.supplier("IS", "GS"), "INCIDENTS");
        Person gainer = People.of(People.supplier("IS"), "INCIDENTS");
        Eventually.await("the state meters' first sample since deployment", () -> scrape().contains("dsp_incidents{"));
        assertThat(value(scrape(), "dsp_database_up"))
                .as("the database read at the last sample")
                .isEqualTo(1);
        String before = scrape();

        for (int i = 0; i < 2; i++) {
            gainer.post(
                    "api/v1/incidents", "{\"deviceId\":\"" + SmiFixtures.installAndLeave(installer.partyId()) + "\"}");
        }
        AdminClient.asAdministrator().runHousekeeping(false);

        Eventually.await(
                "two more open incidents and one more housekeeping run in the scrape (sampled every 15 s)",
                () -> value(scrape(), open) - value(before, open) == 2
                        && value(scrape(), runs) - value(before, runs) == 1);
        assertThat(scrape())
                .contains("dsp_outbox_waiting{")
                .contains("dsp_outbox_oldest_seconds{")
                .contains("dsp_incidents_overdue{");
    }

    /** The value of the samples of a metric that carry the given labels (summed), or 0 when there is none yet. */
}
