import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * The database side of the product's requests on two loaded SMIs of different sizes (scripts/smi-generate.sh), side by
 * side: each statement as the class named in docs/smi-scale.md sends it, with the same driver, bound parameters and
 * server-side prepared statements, timed run by run, the two databases in turns (so that both meet the same
 * checkpoints and caches), after a warm-up. Statements that write run in a transaction that is rolled back, so that
 * the loads stay as they were and the runs can be repeated. Prints a Markdown table of p50/p95 and the ratios of
 * the large to the small.
 *
 * <p>Run by scripts/smi-compare.sh: java -cp postgresql.jar scripts/smi/CompareSizes.java SMALL_DB LARGE_DB RUNS OUT
 */
public class CompareSizes {

    private static final String BIG = "90-B3-D5-1F-30-01-00-00"; // Supplier 01, the largest (generate.py)
    /**
     * Last month's first day in the UK, bound as CommsHubStock binds it: a constant to the planner, which then folds
     * the function's month arithmetic once instead of for each row.
     */
    private static final java.sql.Date LAST_MONTH = java.sql.Date.valueOf(
            java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).minusMonths(1).atDay(1));
    private static final int WARM_UP = 5;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: CompareSizes SMALL_DB LARGE_DB RUNS OUT_FILE");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[2]);
        try (Database small = new Database(args[0]);
                Database large = new Database(args[1])) {
            StringBuilder table = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| Request (its statements) | %s: %,d devices, p50 / p95 ms | %s: %,d devices, p50 / p95 ms"
                            + " | ratio p50 / p95 |%n|---|---|---|---|%n",
                    small.name,
                    small.devices,
                    large.name,
                    large.devices));
            System.out.print(table);
            String only = System.getenv().getOrDefault("COMPARE_ONLY", "");
            for (Measurement measurement : measurements()) {
                if (!measurement.name().contains(only)) {
                    continue;
                }
                List<Double> smallTimes = new ArrayList<>();
                List<Double> largeTimes = new ArrayList<>();
                for (int run = -WARM_UP; run < runs; run++) {
                    double s = small.time(measurement);
                    double l = large.time(measurement);
                    if (run >= 0) {
                        smallTimes.add(s);
                        largeTimes.add(l);
                    }
                }
                String row = String.format(
                        Locale.ROOT,
                        "| %s | %.2f / %.2f | %.2f / %.2f | **%.2f** / %.2f |%n",
                        measurement.name(),
                        percentile(smallTimes, 50),
                        percentile(smallTimes, 95),
                        percentile(largeTimes, 50),
                        percentile(largeTimes, 95),
                        percentile(largeTimes, 50) / percentile(smallTimes, 50),
                        percentile(largeTimes, 95) / percentile(smallTimes, 95));
                System.out.print(row);
                table.append(row);
            }
            Files.writeString(Path.of(args[3]), table);
        }
    }

    /** One request's statements, run once on a database with parameters drawn from its own samples. */
    interface Work {
        void run(Database db) throws SQLException;
    }

    record Measurement(String name, Work work) {}

    static List<Measurement> measurements() {
        return List.of(
                new Measurement("SR 8.2 by Device ID (`InventoryReads.byDeviceId`)", db -> db.query(
                        "select * from device where device_id = ?", db.pick(db.meters))),
                new Measurement("SR 8.2 by MPxN (`InventoryReads.byMpxn`)", db -> db.query(
                        "select * from device where import_mpxn = ? order by device_id", db.pick(db.mpxns))),
                new Measurement("CSPM-N3, 896 known CHs: locked, and their re-flash holds (`PreNotifications`)", db -> {
                    Long[] ids = db.lock(db.pallet());
                    db.query(
                            "select i.device_id, i.status, w.status from reflash_item i left join work_order w"
                                    + " on w.work_order_id = i.work_order_id where i.device_id = any (?)",
                            (Object) ids);
                }),
                new Measurement("CSPM-N3, 896 new CHs: one `COPY` of 1,792 rows (`NewCommsHubRows`)", Database::copyNewPallet),
                new Measurement("Bulk return of 999 CHs: locked, updated, 999 records (`ReturnsFacade`)", db -> {
                    Long[] ids = db.lock(db.returnSet());
                    db.update(
                            "update device set logistics_status = 'RETURNED', updated_at = now(), version = version + 1"
                                    + " where device_id = any (?)",
                            (Object) ids);
                    db.update(
                            "insert into returns_record (request_id, device_id, gpf_device_id, returning_party_id,"
                                    + " service_reference_variant, return_type, csp_region, status, opened_at, due_on)"
                                    + " select 'scale-compare', device_id, gpf_device_id, ?, '8.14.4',"
                                    + " 'No Fault Return (general)', 'NORTH', 'OPEN', now(), current_date + 90"
                                    + " from device where device_id = any (?) on conflict (request_id, device_id) do nothing",
                            BIG,
                            ids);
                }),
                new Measurement("Housekeeping, a chunk of 1,000 due ESMEs chosen and locked (`DueDeviceDeletion`)", db -> db.query(
                        "select d.device_id, d.smi_status_since from device d where d.smi_status = 'PENDING'"
                                + " and d.device_type = 'ESME' and d.smi_status_since <= now() - interval '12 months'"
                                + " and (d.smi_status_since, d.device_id) > ('-infinity'::timestamptz, -9223372036854775808)"
                                + " order by d.smi_status_since, d.device_id limit 1000 for update skip locked")),
                new Measurement("Stock view of Supplier 01: its summary, from the kept counts (`CommsHubStock.summary`, V18)", db -> db.query(
                        "select * from ch_stock_summary(?)", BIG)),
                new Measurement("Stock view of Supplier 01: first page of 1,000 CHs", db -> db.stockPage(Long.MIN_VALUE)),
                new Measurement("Stock view of Supplier 01: a page 500 deep (or its last)", db -> db.stockPage(db.deepStockKey)),
                new Measurement("Month-end CH stock counts of every party, as kept (`CommsHubStock.monthEnd`, V18)", db -> db.query(
                        "select party_id, chs from ch_month_end where month = ? order by 1", LAST_MONTH)),
                new Measurement("Month-end counts taken, once a month by a timer (`StockCountKeeping`)", db -> db.query(
                        "select * from ch_held_at_month_end(?)", LAST_MONTH)),
                new Measurement("Returns list of Supplier 01, first page of 50 (`ReturnsTracking.page`)", db -> db.query(
                        "select * from returns_record where returning_party_id = ? order by record_id desc limit 50", BIG)),
                new Measurement("Returns list of Supplier 01, received ones, first page", db -> db.query(
                        "select * from returns_record where returning_party_id = ? and status = 'RECEIVED'"
                                + " order by record_id desc limit 50",
                        BIG)),
                new Measurement("Overdue incidents report, first page (`IncidentLists`)", db -> db.query(
                        "select * from incident where status = 'OPEN' and due_on < current_date"
                                + " order by incident_id desc limit 100")),
                new Measurement("Returns past due, first page of 1,000 (`ReturnsTracking.overdue`)", db -> db.query(
                        "select * from returns_record where status <> 'CLOSED' and due_on < current_date"
                                + " and record_id > 0 order by record_id limit 1000")));
    }

    /** A loaded SMI, and the samples its requests draw their parameters from. */
    static final class Database implements AutoCloseable {

        final String name;
        final Connection connection;
        final long devices;
        final List<Long> meters = new ArrayList<>();
        final List<String> mpxns = new ArrayList<>();
        final List<Long> stockChs = new ArrayList<>();
        final List<Long> installedChs = new ArrayList<>();
        final long deepStockKey;
        final String csp;
        private final Random random = new Random(7);
        private long newIds = 0x7E00_0000_0000_0000L; // above every generated Device ID

        Database(String name) throws SQLException {
            this.name = name;
            String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
            String port = System.getenv().getOrDefault("PGPORT", "5432");
            String user = System.getenv().getOrDefault("PGUSER", "postgres");
            connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, user, null);
            connection.setAutoCommit(false);
            devices = single("select devices from scale_load where loaded_at is not null order by loaded_at desc limit 1");
            // random pages of the table, enough of them for a few thousand rows whatever its size: a request for a
            // device anywhere in it, not for the few pages a "limit" alone would read
            String meterPages = percent(10_000);
            String chPages = percent(800_000);
            sample("select device_id, import_mpxn from device tablesample system (" + meterPages + ")"
                    + " where import_mpxn is not null"
                    + " and device_type in ('ESME', 'GSME') limit 2000", r -> {
                meters.add(r.getLong(1));
                mpxns.add(r.getString(2));
            });
            sample("select device_id from device where device_type = 'CHF' and delivered_to_party_id = '" + BIG
                    + "' and smi_status = 'PENDING' and installed_at is null and logistics_status = 'DELIVERED'"
                    + " order by device_id limit 20000", r -> stockChs.add(r.getLong(1)));
            sample("select device_id from device tablesample system (" + chPages + ") where device_type = 'CHF'"
                    + " and responsible_supplier_id = '" + BIG + "' and logistics_status = 'DELIVERED' limit 20000",
                    r -> installedChs.add(r.getLong(1)));
            long stock = single(
                    "select count(*) from device d where d.delivered_to_party_id = '" + BIG + "' and ch_in_stock(d)");
            deepStockKey = single("select device_id from device d where d.delivered_to_party_id = '" + BIG
                    + "' and ch_in_stock(d) order by device_id offset "
                    + Math.max(0, Math.min(500L * 1000, stock - 1000)) + " limit 1");
            try (ResultSet r = connection.createStatement()
                    .executeQuery("select party_id from party_role where role = 'CSP' order by party_id limit 1")) {
                r.next();
                csp = r.getString(1);
            }
            // last month's counts, kept as StockCountKeeping keeps them on the 1st (the load came after that)
            try (PreparedStatement take = connection.prepareStatement("select ch_month_end_take(?)")) {
                take.setDate(1, LAST_MONTH);
                take.execute();
            }
            connection.commit();
            if (meters.isEmpty() || stockChs.size() < 896 || installedChs.size() < 999) {
                throw new IllegalStateException(name + " is too small to sample from");
            }
        }

        /** The share of the table's pages that holds about {@code rows} rows of every kind. */
        private String percent(long rows) {
            return String.format(Locale.ROOT, "%.4f", Math.min(100.0, Math.max(0.01, 100.0 * rows / devices)));
        }

        double time(Measurement measurement) throws SQLException {
            long start = System.nanoTime();
            measurement.work().run(this);
            double millis = (System.nanoTime() - start) / 1e6;
            connection.rollback();
            return millis;
        }

        <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        /** 896 stock CHs delivered together, with their GPFs (the CHF's ID + 1 in the generator). */
        Long[] pallet() {
            int from = random.nextInt(stockChs.size() - 896);
            Long[] ids = new Long[2 * 896];
            for (int i = 0; i < 896; i++) {
                ids[2 * i] = stockChs.get(from + i);
                ids[2 * i + 1] = stockChs.get(from + i) + 1;
            }
            return ids;
        }

        Long[] returnSet() {
            List<Long> shuffled = new ArrayList<>(installedChs);
            Collections.shuffle(shuffled, random);
            return shuffled.subList(0, 999).toArray(Long[]::new);
        }

        /** The devices a call names, read and locked as the call's first statement does. */
        Long[] lock(Long[] ids) throws SQLException {
            query("select * from device where device_id = any (?) for update", (Object) ids);
            return ids;
        }

        void stockPage(long after) throws SQLException {
            query("select * from ch_stock_page(?, ?, 1000)", BIG, after);
        }

        void copyNewPallet() throws SQLException {
            String at = Instant.now().toString();
            StringBuilder rows = new StringBuilder(1792 * 200);
            for (int i = 0; i < 896; i++) {
                long chf = newIds += 2;
                rows.append(chf + 1).append("\tGPF\tToshiba\tCH-4G-N1\t1.4.2\tB2\tCHTS 1.3\tSINGLE_BAND\tNORTH\tPENDING\t")
                        .append(at).append("\tDELIVERED\t\\N\t").append(csp).append('\t').append(BIG)
                        .append("\t2026-11-02\t").append(at).append('\t').append(at).append("\t1\n");
                rows.append(chf).append("\tCHF\tToshiba\tCH-4G-N1\t1.4.2\tB2\tCHTS 1.3\tSINGLE_BAND\tNORTH\tPENDING\t")
                        .append(at).append("\tDELIVERED\t").append(chf + 1).append('\t').append(csp).append('\t')
                        .append(BIG).append("\t2026-11-02\t").append(at).append('\t').append(at).append("\t1\n");
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy device (device_id, device_type, manufacturer, model, firmware_version, hardware_version,"
                                + " smets_chts_version, han_variant, csp_region, smi_status, smi_status_since,"
                                + " logistics_status, gpf_device_id, notifying_party_id, delivered_to_party_id,"
                                + " delivery_date, created_at, updated_at, version) from stdin",
                        new StringReader(rows.toString()));
                // the deferred check of each CHF's GPF, as the call's commit makes it
                connection.createStatement().execute("set constraints all immediate");
            } catch (IOException e) {
                throw new SQLException(e);
            }
        }

        void query(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        }

        void update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(sql, parameters)) {
                statement.executeUpdate();
            }
        }

        private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Long[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement;
        }

        interface RowReader {
            void read(ResultSet row) throws SQLException;
        }

        private void sample(String sql, RowReader reader) throws SQLException {
            try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }

        private long single(String sql) throws SQLException {
            try (ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
