package uk.dsp.inventory.it.smi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.schema.control.Migrations;

/**
 * The national-SMI generator's small run (docs/smi-scale.md): 200,000 devices through the same command that loads 50
 * million, so that the generator cannot rot. The load holds the national mix, satisfies the product's own schema
 * (Flyway finds every migration applied and nothing to do), reports its sizes, is reused when asked and dropped.
 */
class SmiGeneratorIT {

    private static final String DATABASE = "dsp_scale_it";
    private static final Path SCRIPT = Path.of("..", "scripts", "smi-generate.sh");

    @AfterAll
    static void dropped() throws Exception {
        for (String database : List.of(DATABASE, "dsp_scale_100000", "dsp_scale_200000")) {
            run("--drop", "--database", database);
        }
    }

    /** The side-by-side report's small run: the same command as for 5 and 50 million, on two small loads. */
    @Test
    void theComparisonOfTwoSizesTimesEveryRequestOnBothAndGivesTheRatios() throws Exception {
        List<String> command = List.of(
                "bash",
                Path.of("..", "scripts", "smi-compare.sh").toString(),
                "--small",
                "100000",
                "--large",
                "200000",
                "--runs",
                "3",
                "--drop");
        String output = output(command);

        assertThat(output)
                .contains("| Request (its statements) | dsp_scale_100000: 100,000 devices")
                .contains("dsp_scale_200000: 200,000 devices");
        for (String request : List.of(
                "SR 8.2 by Device ID",
                "SR 8.2 by MPxN",
                "CSPM-N3, 896 known CHs",
                "CSPM-N3, 896 new CHs",
                "Bulk return of 999 CHs",
                "Housekeeping, a chunk",
                "Stock view of Supplier 01: a page 500 deep",
                "Stock view of Supplier 01: its summary, from the kept counts",
                "Month-end CH stock counts of every party, as kept",
                "Month-end counts taken",
                "Returns list of Supplier 01",
                "Overdue incidents report")) {
            assertThat(output)
                    .containsPattern(
                            "\\| " + java.util.regex.Pattern.quote(request)
                                    + "[^\\n]*\\| [0-9.]+ / [0-9.]+ \\| [0-9.]+ / [0-9.]+ \\| \\*\\*[0-9.]+\\*\\* / [0-9.]+ \\|");
        }
        assertThat(count(
                        "postgres",
                        "select count(*) from pg_database where datname in ('dsp_scale_100000', 'dsp_scale_200000')"))
                .as("both loads dropped")
                .isZero();
    }

    @Test
    void twoHundredThousandDevicesLoadWithTheNationalMixAndTheProductsSchemaAndAreReusedAndDropped() throws Exception {
        String report = run("--devices", "200000", "--database", DATABASE, "--as-of", "2026-12-07");

        assertThat(report).contains("devices", "200,000").containsPattern("(?i)index");
        assertThat(count("select count(*) from device")).isEqualTo(200_000);
        Map<String, Long> types =
                ItDatabase.rowsIn(DATABASE, "select device_type, count(*) as n from device group by 1").stream()
                        .collect(Collectors.toMap(row -> (String) row.get("device_type"), row -> (Long) row.get("n")));
        assertThat(types.keySet()).contains("ESME", "GSME", "CHF", "GPF", "IHD", "PPMID");
        assertThat(types.get("CHF")).isEqualTo(types.get("GPF"));
        long commissioned = count("select count(*) from device where smi_status = 'COMMISSIONED'");
        assertThat(commissioned).isGreaterThan(200_000 * 70L / 100);
        assertThat(count("select count(*) from device where smi_status = 'PENDING'"
                        + " and smi_status_since < now() - interval '1 year'"))
                .isPositive();
        assertThat(count("select count(distinct logistics_status) from device where device_type = 'CHF'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from device where import_mpxn is not null"))
                .isPositive();
        assertThat(count("select count(*) from party where csp_region is not null"))
                .isEqualTo(3);
        assertThat(count("select count(*) from party where csp_region is null")).isBetween(55L, 65L);
        for (String table : List.of("returns_record", "incident", "reflash_request", "reflash_charge")) {
            assertThat(count("select count(*) from " + table)).as(table).isPositive();
        }
        // the load ran with the device table's triggers off, then counted the stock (V18): the counts are the stock's
        String kept =
                "select party_id, manufacturer, model, firmware_version, delivery_date, sum(chs) from ch_stock_change"
                        + " group by 1, 2, 3, 4, 5 having sum(chs) <> 0";
        String live = "select delivered_to_party_id, manufacturer, model, firmware_version, delivery_date, count(*)"
                + " from device d where ch_in_stock(d) group by 1, 2, 3, 4, 5";
        assertThat(count("select count(*) from (" + kept + ") k")).isPositive();
        assertSameRows(kept, live);
        assertSameRows(
                "select party_id, manufacturer, model, nullif(firmware_version, ''), chs from ch_stock_line",
                "select delivered_to_party_id, manufacturer, model, firmware_version, count(*)"
                        + " from device d where ch_in_stock(d) group by 1, 2, 3, 4");
        assertThat(count("select count(*) from pg_trigger where tgrelid = 'device'::regclass and tgenabled = 'D'"))
                .as("the device table's triggers on again after the load")
                .isZero();
        MigrateResult migrated =
                Migrations.of(ItDatabase.dataSource(DATABASE)).load().migrate();
        assertThat(migrated.migrationsExecuted).as("migrations left to apply").isZero();

        Object loaded = ItDatabase.rowsIn(DATABASE, "select started_at from scale_load")
                .get(0)
                .get("started_at");
        assertThat(run("--devices", "200000", "--database", DATABASE, "--reuse"))
                .contains("200,000");
        assertThat(ItDatabase.rowsIn(DATABASE, "select started_at from scale_load"))
                .as("a reuse loads nothing again")
                .containsExactly(Map.of("started_at", loaded));

        run("--drop", "--database", DATABASE);
        assertThat(count("postgres", "select count(*) from pg_database where datname = '" + DATABASE + "'"))
                .isZero();
    }

    /** The two queries answer the same rows, neither holding one the other lacks. */
    private static void assertSameRows(String one, String other) {
        assertThat(count("select count(*) from ((" + one + ") except (" + other + ")) k"))
                .isZero();
        assertThat(count("select count(*) from ((" + other + ") except (" + one + ")) k"))
                .isZero();
    }

    private static long count(String sql) {
        return count(DATABASE, sql);
    }

    private static long count(String database, String sql) {
        return ((Number) ItDatabase.rowsIn(database, sql)
                        .get(0)
                        .values()
                        .iterator()
                        .next())
                .longValue();
    }

    /** Runs the generator; answers what it printed, failing on a non-zero exit. */
    private static String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        return output(command);
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
