package uk.dsp.inventory.it.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerSettings;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Random SMI contents and random settings: the set a housekeeping run deletes must be exactly the set the
 * rules define, as computed here from the whole SMI read before the run. The seed is printed, and
 * -Dhousekeeping.seed=N repeats a run.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class HousekeepingRandomisedIT {

    private static final int DEVICES = 800;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @AfterEach
    void restore() {
        ServerSettings.restoreHousekeepingDefaults();
        ServerSettings.set("dsp.housekeeping.schedule", "0 0 0 30 2 *");
    }

    @Test
    void deletesExactlyWhatTheRulesDefine() throws Exception {
        long seed = Long.getLong("housekeeping.seed", System.nanoTime());
        System.out.println("HousekeepingRandomisedIT seed " + seed);
        Random random = new Random(seed);
        List<String> parties = registerParties();
        insertRandomDevices(random, parties);
        Period defaultDuration = Period.ofDays(1 + random.nextInt(900));
        Map<DeviceType, Period> durations = new EnumMap<>(DeviceType.class);
        Set<DeviceType> excluded = EnumSet.noneOf(DeviceType.class);
        for (DeviceType type : DeviceType.values()) {
            if (random.nextInt(3) == 0) {
                durations.put(type, Period.ofDays(1 + random.nextInt(900)));
            }
            if (random.nextInt(4) == 0) {
                excluded.add(type);
            }
        }
        ServerSettings.set("dsp.housekeeping.default-duration", defaultDuration.toString());
        ServerSettings.set(
                "dsp.housekeeping.durations",
                durations.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")));
        ServerSettings.set(
                "dsp.housekeeping.excluded-types",
                excluded.stream().map(Enum::name).collect(Collectors.joining(",")));
        ServerSettings.set("dsp.housekeeping.chunk-size", String.valueOf(5 + random.nextInt(60)));
        List<Map<String, Object>> before =
                ItDatabase.rows("select device_id, device_type, smi_status, smi_status_since,"
                        + " gpf_device_id, associated_gpf_id from device");

        AdminClient.Reply reply = AdminClient.asAdministrator().runHousekeeping(false);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject run = reply.json();
        Instant start = Instant.parse(run.getString("startedAt"));
        Set<Long> expected = expectedDeletions(before, start, defaultDuration, durations, excluded);
        Set<Long> deleted = ItDatabase.rows(
                        "select device_id from housekeeping_deletion where run_id = ?", (long) run.getInt("runId"))
                .stream()
                .map(r -> (Long) r.get("device_id"))
                .collect(Collectors.toSet());
        assertThat(deleted).as("seed " + seed).isEqualTo(expected);
        assertThat(ItDatabase.rows("select device_id from device where device_id = any (?)", (Object)
                        expected.toArray(Long[]::new)))
                .as("seed " + seed)
                .isEmpty();
        assertThat(run.getInt("deleted")).isEqualTo(expected.size());
    }

    /** The rules, written out again: Pending at least the type's duration, type not excluded, a GPF no survivor names. */
    private static Set<Long> expectedDeletions(
            List<Map<String, Object>> devices,
            Instant start,
            Period defaultDuration,
            Map<DeviceType, Period> durations,
            Set<DeviceType> excluded) {
        Set<Long> due = new HashSet<>();
        for (Map<String, Object> d : devices) {
            DeviceType type = DeviceType.valueOf((String) d.get("device_type"));
            Instant cutoff = start.atZone(ZoneOffset.UTC)
                    .minus(durations.getOrDefault(type, defaultDuration))
                    .toInstant();
            Instant since = ((java.sql.Timestamp) d.get("smi_status_since")).toInstant();
            if ("PENDING".equals(d.get("smi_status")) && !excluded.contains(type) && !since.isAfter(cutoff)) {
                due.add((Long) d.get("device_id"));
            }
        }
        Set<Long> namedBySurvivors = new HashSet<>();
        Set<Long> gpfs = new HashSet<>();
        for (Map<String, Object> d : devices) {
            Long id = (Long) d.get("device_id");
            if ("GPF".equals(d.get("device_type"))) {
                gpfs.add(id);
            } else if (!due.contains(id)) {
                for (String reference : List.of("gpf_device_id", "associated_gpf_id")) {
                    if (d.get(reference) != null) {
                        namedBySurvivors.add((Long) d.get(reference));
                    }
                }
            }
        }
        due.removeIf(id -> gpfs.contains(id) && namedBySurvivors.contains(id));
        return due;
    }

    private static List<String> registerParties() {
        AdminClient admin = AdminClient.asAdministrator();
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String supplier = Eui64s.random();
            admin.registerSupplier(supplier);
            ItDatabase.update(
                    "update party set alert_endpoint = null where party_id = ?", supplier); // alerts recorded, not sent
            parties.add(supplier);
        }
        String csp = admin.cspOf("South", "random south gateway");
        parties.add(csp);
        return parties;
    }

    /** GPFs first, then CHFs and gas meters that may name one of them, then everything else. */
    private static void insertRandomDevices(Random random, List<String> parties) throws Exception {
        Instant now = Instant.now();
        List<Long> gpfs = new ArrayList<>();
        SmiStatus[] statuses = SmiStatus.values();
        try (Connection connection = ItDatabase.connect();
                PreparedStatement insert = connection.prepareStatement("""
                insert into device (device_id, device_type, manufacturer, model, smi_status, smi_status_since, gpf_device_id,
                    associated_gpf_id, notifying_party_id, created_at, updated_at)
                values (?, ?, 'Random', 'R-1', ?, ?, ?, ?, ?, ?, ?)""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < DEVICES; i++) {
                DeviceType type = i < DEVICES / 8
                        ? DeviceType.GPF
                        : DeviceType.values()[random.nextInt(DeviceType.values().length)];
                if (type == DeviceType.GPF && i >= DEVICES / 8) {
                    type = DeviceType.ESME;
                }
                long id = Eui64s.value(Eui64s.random());
                SmiStatus status =
                        random.nextInt(10) < 7 ? SmiStatus.PENDING : statuses[random.nextInt(statuses.length)];
                Instant since = now.minusSeconds(random.nextInt(3 * 365) * 86_400L + random.nextInt(86_400));
                Long gpf =
                        type == DeviceType.CHF && random.nextBoolean() ? gpfs.get(random.nextInt(gpfs.size())) : null;
                Long associated =
                        type == DeviceType.GSME && random.nextBoolean() ? gpfs.get(random.nextInt(gpfs.size())) : null;
                insert.setLong(1, id);
                insert.setString(2, type.name());
                insert.setString(3, status.name());
                insert.setObject(4, since.atOffset(ZoneOffset.UTC));
                insert.setObject(5, gpf, Types.BIGINT);
                insert.setObject(6, associated, Types.BIGINT);
                insert.setString(7, parties.get(random.nextInt(parties.size())));
                insert.setObject(8, since.atOffset(ZoneOffset.UTC));
                insert.setObject(9, since.atOffset(ZoneOffset.UTC));
                insert.addBatch();
                if (type == DeviceType.GPF) {
                    gpfs.add(id);
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
