package uk.dsp.inventory.it.reflash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.it.support.Browser;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.People;
import uk.dsp.inventory.it.support.People.Person;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ReflashFixtures;

/**
 * The stock's kept counts (V18): the summary a party sees follows every change of its stock, whoever makes it, and
 * the month just ended is counted once and kept.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class StockCountsIT {

    private static final String REGION = "Central";
    private static final String MODEL = ReflashFixtures.MODEL;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void theSummaryFollowsEveryChangeOfTheStockWhoeverMakesIt() throws Exception {
        Person supplier = People.of(People.supplier("IS"), "REFLASH");
        List<String> chs = ReflashFixtures.stock(supplier.partyId(), REGION, 6);
        assertSummary(supplier, tuple(MODEL, ReflashFixtures.OLD, 6L));

        // the CSP tells of two re-flashed (CSPM-N3 updates): two lines
        for (String ch : chs.subList(0, 2)) {
            assertThat(ReflashFixtures.gateway(REGION)
                            .preNotifyCommsHubs(N3Gateway.call(List.of(
                                    ReflashFixtures.reflashed(ch, REGION, supplier.partyId(), ReflashFixtures.LATEST))))
                            .getOutcome()
                            .get(0)
                            .getReasonCode())
                    .isEqualTo(ReasonCode.UPDATED);
        }
        assertSummary(supplier, tuple(MODEL, ReflashFixtures.OLD, 4L), tuple(MODEL, ReflashFixtures.LATEST, 2L));

        // installed, returned, deleted, delivered to another party: by anyone's SQL, one statement each
        ItDatabase.update("update device set installed_at = now() where device_id = ?", id(chs.get(2)));
        ItDatabase.update("update device set logistics_status = 'RETURNED' where device_id = ?", id(chs.get(3)));
        ItDatabase.update("delete from device where device_id = ?", id(chs.get(4)));
        String other = People.supplier("IS");
        ItDatabase.update("update device set delivered_to_party_id = ? where device_id = ?", other, id(chs.get(0)));
        assertSummary(supplier, tuple(MODEL, ReflashFixtures.OLD, 1L), tuple(MODEL, ReflashFixtures.LATEST, 1L));
        assertThat(People.of(other, "REFLASH").get("api/v1/ch-stock").json().getJsonArray("lines"))
                .hasSize(1);

        // folded into a row per day and the lines (the timer's fold may hold the lock a moment: then once more)
        Eventually.await("the party's changes folded", () -> {
            ItDatabase.rows("select ch_stock_compact()");
            return ItDatabase.rows(
                            "select 1 from ch_stock_change where party_id = ? and not compacted", supplier.partyId())
                    .isEmpty();
        });
        assertThat(ItDatabase.rows(
                        "select firmware_version, chs from ch_stock_line where party_id = ? and chs <> 0"
                                + " order by firmware_version",
                        supplier.partyId()))
                .containsExactly(
                        Map.of("firmware_version", ReflashFixtures.OLD, "chs", 1L),
                        Map.of("firmware_version", ReflashFixtures.LATEST, "chs", 1L));
        assertSummary(supplier, tuple(MODEL, ReflashFixtures.OLD, 1L), tuple(MODEL, ReflashFixtures.LATEST, 1L));
    }

    @Test
    void theMonthJustEndedIsCountedOnceAndKeptAnEarlierOneIsCountedNow() throws Exception {
        Person logistics = ReflashFixtures.logistics();
        YearMonth last = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
        // as if the month had just ended: its kept counts, if an earlier test asked for them, dropped
        ItDatabase.update("delete from ch_month_end_taken where month = ?", last.atDay(1));
        String party = People.supplier("IS");
        List<String> chs = ReflashFixtures.stock(party, REGION, 3);
        for (String ch : chs) {
            ItDatabase.update("update device set delivery_date = ? where device_id = ?", last.atDay(10), id(ch));
        }

        JsonObject taken = logistics.get("api/v1/ch-stock/month-end/" + last).json();
        assertThat(taken.getBoolean("kept")).isTrue();
        assertThat(held(taken, party)).isEqualTo(3);
        Instant countedAt = Instant.parse(taken.getString("countedAt"));

        // a CH installed since the month's end, and one delivered then but told of only now: the kept counts stay
        ItDatabase.update("update device set installed_at = now() where device_id = ?", id(chs.get(0)));
        List<String> late = ReflashFixtures.stock(party, REGION, 1);
        ItDatabase.update("update device set delivery_date = ? where device_id = ?", last.atDay(20), id(late.get(0)));
        JsonObject again = logistics.get("api/v1/ch-stock/month-end/" + last).json();
        assertThat(again.getBoolean("kept")).isTrue();
        assertThat(held(again, party)).isEqualTo(3);
        assertThat(Instant.parse(again.getString("countedAt"))).isEqualTo(countedAt);
        assertThat(ItDatabase.rows(
                        "select chs from ch_month_end where month = ? and party_id = ?", last.atDay(1), party))
                .containsExactly(Map.of("chs", 3L));
        try (Browser browser = new Browser()) {
            browser.open("ssmi/reflash-ledger.xhtml?month=" + last).signIn(logistics);
            assertThat(browser.textOf("#monthEnd")).contains(party);
            assertThat(browser.textOf("#monthEndCounted")).startsWith("Taken at the month's end");
        }

        // the month before is not kept: counted now, as the SMI holds it now
        YearMonth before = last.minusMonths(1);
        ItDatabase.update("update device set delivery_date = ? where device_id = ?", before.atDay(5), id(chs.get(1)));
        JsonObject earlier =
                logistics.get("api/v1/ch-stock/month-end/" + before).json();
        assertThat(earlier.getBoolean("kept")).isFalse();
        assertThat(held(earlier, party)).isEqualTo(1);
        assertThat(ItDatabase.rows("select count(*) as n from ch_month_end_taken where month = ?", before.atDay(1)))
                .containsExactly(Map.of("n", 0L));
    }

    /** The party's summary, line by line, is what it holds, counted in the SMI now. */
    private static void assertSummary(Person supplier, Tuple... lines) {
        List<JsonObject> summary =
                supplier.get("api/v1/ch-stock").json().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(summary)
                .extracting(
                        l -> l.getString("model"),
                        l -> l.getString("firmwareVersion"),
                        l -> l.getJsonNumber("chs").longValue())
                .containsExactly(lines);
        List<Map<String, Object>> counted = ItDatabase.rows(
                "select model, firmware_version, count(*) as chs, min(delivery_date)::text as oldest from device"
                        + " where device_type = 'CHF' and delivered_to_party_id = ? and smi_status = 'PENDING'"
                        + " and installed_at is null and (logistics_status is null or logistics_status = 'DELIVERED')"
                        + " group by 1, 2 order by 1, 2",
                supplier.partyId());
        assertThat(summary)
                .extracting(
                        l -> l.getString("model"),
                        l -> l.getString("firmwareVersion"),
                        l -> l.getJsonNumber("chs").longValue(),
                        l -> l.getString("oldestDelivery"))
                .containsExactlyElementsOf(counted.stream()
                        .map(r -> tuple(r.get("model"), r.get("firmware_version"), r.get("chs"), r.get("oldest")))
                        .toList());
    }

    private static long held(JsonObject monthEnd, String party) {
        return monthEnd.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("partyId").equals(party))
                .mapToLong(p -> p.getJsonNumber("chs").longValue())
                .sum();
    }

    private static long id(String eui64) {
        return Eui64s.value(eui64);
    }
}
