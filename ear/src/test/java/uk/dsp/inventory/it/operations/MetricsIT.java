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
 * The Prometheus text at /dsp/metrics moves by exactly the traffic sent: DUIS requests by SR variant and response
 * code, refusals by status, the CHs of a bulk request, CSPM-N3 calls by outcome and records by reason; it shows one
 * series per queue; the gauges sampled from the database (incidents, the outbox) follow it; and Debian's
 * {@code promtool check metrics} finds nothing wrong in it.
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
        String[] refused = {"dsp_duis_refused_requests_total", "status=\"400\""};
        String[] bulks = {"dsp_duis_bulk_return_chs_count"};
        String[] bulkChs = {"dsp_duis_bulk_return_chs_sum"};
        String[] upToTen = {"dsp_duis_bulk_return_chs_bucket", "le=\"10.0\""};
        String[] upToOne = {"dsp_duis_bulk_return_chs_bucket", "le=\"1.0\""};
        String[] created = {"dsp_n3_records_total", "reason=\"CREATED\""};
        String[] duisLatency = {"dsp_http_request_duration_seconds_count", "endpoint=\"duis\""};
        String[] duisUnderTenSeconds = {"dsp_http_request_duration_seconds_bucket", "endpoint=\"duis\"", "le=\"10.0\""};
        String[] singlesTimed = {"dsp_duis_request_duration_seconds_count", "variant=\"8.14.4\""};
        String[] committed = {"dsp_transactions_committed_total"};
        String[] n3Refused = {"dsp_http_request_duration_seconds_count", "endpoint=\"cspm-n3\"", "status=\"4xx\""};
        String[] n3Failed = {"dsp_http_request_duration_seconds_count", "endpoint=\"cspm-n3\"", "status=\"5xx\""};
        String[] n3RefusedCalls = {"dsp_n3_call_duration_seconds_count", "outcome=\"refused\""};
        String[] notAuthenticated = {"dsp_n3_refused_calls_total", "code=\"NOT_AUTHENTICATED\""};
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
        assertThat(value(after, singlesTimed) - value(before, singlesTimed)).isEqualTo(3);
        assertThat(value(after, created) - value(before, created)).isEqualTo(4);
        assertThat(value(after, n3RefusedCalls) - value(before, n3RefusedCalls)).isEqualTo(1);
        assertThat(value(after, notAuthenticated) - value(before, notAuthenticated))
                .isEqualTo(1);
        // a refusal is sent as a SOAP fault under HTTP 500, and counted as the caller's error
        assertThat(value(after, n3Refused) - value(before, n3Refused)).isEqualTo(1);
        assertThat(value(after, n3Failed) - value(before, n3Failed)).isZero();
        // the server's own: at least the three accepted returns' and the N3 call's transactions
        assertThat(value(after, committed) - value(before, committed)).isGreaterThanOrEqualTo(4);
        assertThat(after.lines().filter(line -> line.startsWith("dsp_queue_messages{")))
                .as("one series per queue")
                .contains("dsp_queue_messages{queue=\"DspReturnsRecords\"} 0.0")
                .anyMatch(line -> line.startsWith("dsp_queue_messages{queue=\"DLQ\"}"))
                .doesNotHaveDuplicates()
                .noneMatch(line -> line.contains("jms.queue"));
    }

    @Test
    void promtoolFindsNothingWrongInAScrape() throws Exception {
        Process check = new ProcessBuilder("/usr/bin/promtool", "check", "metrics")
                .redirectErrorStream(true)
                .start();
        try (var stdin = check.getOutputStream()) {
            stdin.write(scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String complaints = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(complaints).isZero();
        assertThat(complaints).isEmpty();
    }

    @Test
    void everyCounterIsThereAtZeroBeforeItsFirstEvent() {
        String scrape = scrape();
        assertThat(scrape)
                .contains("dsp_housekeeping_runs_total{status=\"REFUSED\"}")
                .contains("dsp_duis_refused_requests_total{status=\"413\"}")
                .contains("dsp_duis_requests_total{code=\"E081406\",variant=\"8.14.3\"}")
                .contains("dsp_n3_refused_calls_total{code=\"TOO_MANY_RECORDS\"}")
                .contains("dsp_n3_call_duration_seconds_bucket{outcome=\"fault\",le=\"+Inf\"}")
                .contains("dsp_http_request_duration_seconds_bucket{endpoint=\"admin-api\",status=\"5xx\",le=\"+Inf\"}")
                .contains("# TYPE dsp_http_request_duration_seconds histogram")
                .doesNotContain("_count_total")
                .doesNotContain("_sum_total");
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
                .contains("dsp_outbox_waiting_messages ")
                .contains("dsp_outbox_oldest_seconds ")
                .contains("dsp_outbox_dead_messages ")
                .contains("dsp_incidents_overdue ")
                .contains("dsp_mails_failed{keeper=\"party-mail\"}");
    }
}
