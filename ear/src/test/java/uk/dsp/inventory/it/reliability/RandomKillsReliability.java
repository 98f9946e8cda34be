package uk.dsp.inventory.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.xml.ws.WebServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.it.support.CspMailbox;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.KillableServer;
import uk.dsp.inventory.it.support.MachinePostgres;
import uk.dsp.inventory.it.support.N3Gateway;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;

/**
 * docs/reliability.md: a Service User's bulk returns and a CSP's pre-notifications run side by side while the server
 * is killed with SIGKILL at random moments and started again on the same data; once in the run PostgreSQL restarts
 * under them too. Afterwards every answered request is there exactly once (SMI changes, audit entries, DSMS records,
 * CSP notices), every unanswered one is whole or absent, the outbox is drained and no message waits in the broker.
 * Run with: mvn verify -Preliability -pl ear (after mvn install -DskipTests); -Dreliability.kills and
 * -Dreliability.seed repeat or vary a run.
 */
class RandomKillsReliability {

    private static final String DATABASE = "dsp_reliability";
    private static final int KILLS = Integer.getInteger("reliability.kills", 20);
    private static final long SEED = Long.getLong("reliability.seed", System.nanoTime());
    private static final int RETURN_SIZE = 10;
    private static final int N3_SIZE = 20;
    private static final int POOL = 12_000;

    private final List<Sent> returns = new CopyOnWriteArrayList<>();
    private final List<Sent> preNotifications = new CopyOnWriteArrayList<>();

    /** One request and what became of it as its client saw it; a refusal keeps what the answer said. */
    record Sent(String id, List<Hub> hubs, Outcome outcome, String refusal) {

        Sent(String id, List<Hub> hubs, Outcome outcome) {
            this(id, hubs, outcome, null);
        }

        static Sent refused(String id, List<Hub> hubs, String refusal) {
            return new Sent(id, hubs, Outcome.REFUSED, refusal);
        }
    }

    enum Outcome {
        /** Accepted: it must be there, exactly once. */
        ANSWERED,
        /** Answered with a refusal (the database was down): it must be absent. */
        REFUSED,
        /** No answer (the server died): whole or absent. */
        UNANSWERED
    }

    @Test
    void randomKillsLoseNothingAndDuplicateNothing() throws Exception {
        Random random = new Random(SEED);
        KillableServer server = KillableServer.startFresh(DATABASE);
        long started = System.nanoTime();
        try {
            ReturningSupplier supplier = ReturningSupplier.register();
            Deque<Hub> returnable = new ArrayDeque<>(supplier.deliveredHubs(POOL));
            for (int kill = 1; kill <= KILLS; kill++) {
                List<Thread> clients = List.of(
                        new Thread(() -> returnUntilFailure(supplier, returnable)),
                        new Thread(() -> preNotifyUntilFailure(supplier)));
                clients.forEach(Thread::start);
                Thread.sleep(500 + random.nextInt(6000));
                if (kill == KILLS / 2) {
                    restartPostgres(random);
                }
                server.kill();
                for (Thread client : clients) {
                    client.join();
                }
                server.start();
            }
            Report report = check(server, supplier);
            report.write(KILLS, (System.nanoTime() - started) / 1e9);
            assertThat(report.losses()).as("answered requests lost").isEmpty();
            assertThat(report.duplicates()).as("requests applied twice").isEmpty();
            assertThat(report.halves())
                    .as("unanswered requests applied in part")
                    .isEmpty();
            assertThat(report.stuck()).as("messages left behind").isEmpty();
            assertThat(report.refusals())
                    .as("refusals that say the server's insides")
                    .noneMatch(refusal -> refusal.contains("Exception") || refusal.contains("ARJUNA"));
        } finally {
            server.close();
        }
    }

    /** While the clients go on: the database stops for a few seconds and comes back. */
    private static void restartPostgres(Random random) throws InterruptedException {
        MachinePostgres.stop();
        Thread.sleep(1000 + random.nextInt(3000));
        MachinePostgres.start();
        Thread.sleep(1000 + random.nextInt(3000));
    }

    private void returnUntilFailure(ReturningSupplier supplier, Deque<Hub> returnable) {
        while (true) {
            List<Hub> hubs = new ArrayList<>();
            synchronized (returnable) {
                while (hubs.size() < RETURN_SIZE && !returnable.isEmpty()) {
                    hubs.add(returnable.poll());
                }
            }
            if (hubs.size() < RETURN_SIZE) {
                return;
            }
            long counter = nextCounter();
            String id = supplier.requestId(counter);
            String xml = supplier.sign(ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), counter, hubs));
            try {
                DuisClient.Reply reply = DuisClient.post(xml);
                returns.add(
                        reply.body().contains("<sr:ResponseCode>I0<")
                                ? new Sent(id, hubs, Outcome.ANSWERED)
                                : Sent.refused(
                                        id, hubs, "DUIS HTTP " + reply.status() + " " + abbreviated(reply.body())));
            } catch (IllegalStateException killed) {
                returns.add(new Sent(id, hubs, Outcome.UNANSWERED));
                return;
            }
        }
    }

    private void preNotifyUntilFailure(ReturningSupplier supplier) {
        CspmN3 gateway;
        try {
            gateway = N3Gateway.as(supplier.cspId(), ReturningSupplier.CSP_PASSWORD);
        } catch (WebServiceException killed) {
            return;
        }
        while (true) {
            List<CommsHub> call = new ArrayList<>();
            List<Hub> hubs = new ArrayList<>();
            for (int i = 0; i < N3_SIZE; i++) {
                CommsHub hub = N3Gateway.commsHub(ReturningSupplier.REGION, supplier.partyId());
                call.add(hub);
                hubs.add(new Hub(hub.getCHFDeviceID(), hub.getGPFDeviceID()));
            }
            String id = "N3 " + hubs.get(0).chf();
            try {
                int accepted = gateway.preNotifyCommsHubs(N3Gateway.call(call)).getAcceptedCount();
                preNotifications.add(
                        accepted == N3_SIZE
                                ? new Sent(id, hubs, Outcome.ANSWERED)
                                : Sent.refused(id, hubs, "N3 accepted " + accepted + " of " + N3_SIZE));
            } catch (jakarta.xml.ws.soap.SOAPFaultException refused) {
                preNotifications.add(Sent.refused(id, hubs, "N3 fault " + abbreviated(refused.getMessage())));
            } catch (WebServiceException killed) {
                preNotifications.add(new Sent(id, hubs, Outcome.UNANSWERED));
                return;
            } catch (Exception refused) {
                preNotifications.add(
                        Sent.refused(id, hubs, "N3 " + refused.getClass().getSimpleName()));
            }
        }
    }

    private Report check(KillableServer server, ReturningSupplier supplier) throws Exception {
        Report report = new Report(returns, preNotifications);
        // Settled: nothing waits in the outbox or the queues, and every answered return's notice is out (a notice row
        // only appears once its records are opened, so "none unsent" alone would come too early).
        long answered =
                returns.stream().filter(r -> r.outcome() == Outcome.ANSWERED).count();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!(count("select count(*) as n from outbox_message") == 0
                        && server.messagesIn("DspReturnsRecords") + server.messagesIn("DspPartyMail") == 0
                        && count("select count(*) as n from csp_return_notification where status <> 'SENT'") == 0
                        && count("select count(*) as n from csp_return_notification where status = 'SENT'") >= answered)
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        for (Sent request : returns) {
            List<Object> statuses = statuses(request);
            long audit = count("select count(*) as n from sat_entry where request_id = ?", request.id());
            long records = count("select count(*) as n from returns_record where request_id = ?", request.id());
            long notices =
                    count("select count(*) as n from csp_return_notification where request_id = ?", request.id());
            List<MimeMessage> sent = CspMailbox.mailsAbout(supplier.cspEmail(), request.id());
            long mails = sent.stream()
                    .map(RandomKillsReliability::messageId)
                    .distinct()
                    .count();
            boolean whole = List.of("RETURNED").containsAll(statuses)
                    && audit == RETURN_SIZE + 1
                    && records == RETURN_SIZE
                    && notices == 1
                    && mails >= 1;
            boolean absent = List.of("DELIVERED").containsAll(statuses) && audit == 0 && records == 0 && notices == 0;
            report.mailsSent(sent.size(), sent.size() - mails);
            if (records > RETURN_SIZE || notices > 1 || mails > 1 || audit > RETURN_SIZE + 1) {
                report.duplicates()
                        .add(request.id() + ": " + records + " records, " + notices + " notices, " + mails + " mails, "
                                + audit + " audit entries");
            }
            switch (request.outcome()) {
                case ANSWERED -> report.expect(whole, request, report.losses());
                case REFUSED -> report.expect(absent, request, report.losses());
                case UNANSWERED -> report.settled(whole, absent, request);
            }
        }
        for (Sent call : preNotifications) {
            long rows =
                    count("select count(*) as n from device where device_id = any (?)", (Object) call.hubs().stream()
                            .flatMap(h -> Stream.of(h.chf(), h.gpf()))
                            .map(Eui64s::value)
                            .toArray(Long[]::new));
            switch (call.outcome()) {
                case ANSWERED -> report.expect(rows == 2L * N3_SIZE, call, report.losses());
                case REFUSED -> report.expect(rows == 0, call, report.losses());
                case UNANSWERED -> report.settled(rows == 2L * N3_SIZE, rows == 0, call);
            }
        }
        for (String queue : List.of("DspReturnsRecords", "DspAlerts", "DspPartyMail", "DLQ")) {
            long waiting = server.messagesIn(queue);
            if (waiting > 0) {
                report.stuck().add(waiting + " messages in " + queue);
            }
        }
        long outbox = count("select count(*) as n from outbox_message");
        if (outbox > 0) {
            report.stuck().add(outbox + " rows in the outbox");
        }
        Files.readAllLines(server.serverLog()).stream()
                .filter(line -> line.contains(" ERROR ") && line.contains("AMQ"))
                .forEach(line -> report.stuck().add("broker journal: " + line));
        return report;
    }

    /** A notice sent again after a crash is the same message (its Message-ID), not a second notice. */
    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> statuses(Sent request) {
        Long[] ids = request.hubs().stream()
                .flatMap(h -> Stream.of(h.chf(), h.gpf()))
                .map(Eui64s::value)
                .toArray(Long[]::new);
        return rows("select logistics_status from device where device_id = any (?)", (Object) ids).stream()
                .map(row -> row.get("logistics_status"))
                .distinct()
                .toList();
    }

    private static long count(String sql, Object... parameters) {
        return (Long) rows(sql, parameters).get(0).get("n");
    }

    private static List<Map<String, Object>> rows(String sql, Object... parameters) {
        return ItDatabase.rowsIn(DATABASE, sql, parameters);
    }

    /** What the checks found, printed and written to target/reliability.txt for docs/reliability.md. */
    private static final class Report {

        private final List<Sent> returns;
        private final List<Sent> preNotifications;
        private final List<String> losses = new ArrayList<>();
        private final List<String> duplicates = new ArrayList<>();
        private final List<String> halves = new ArrayList<>();
        private final List<String> stuck = new ArrayList<>();
        private int unansweredApplied;
        private long mails;
        private long resent;

        Report(List<Sent> returns, List<Sent> preNotifications) {
            this.returns = returns;
            this.preNotifications = preNotifications;
        }

        void expect(boolean holds, Sent request, List<String> otherwise) {
            if (!holds) {
                otherwise.add(request.id() + " (" + request.outcome() + ")");
            }
        }

        void settled(boolean whole, boolean absent, Sent request) {
            if (whole) {
                unansweredApplied++;
            } else if (!absent) {
                halves.add(request.id());
            }
        }

        void mailsSent(long count, long again) {
            mails += count;
            resent += again;
        }

        List<String> losses() {
            return losses;
        }

        List<String> duplicates() {
            return duplicates;
        }

        List<String> halves() {
            return halves;
        }

        List<String> stuck() {
            return stuck;
        }

        /** What each refused request was answered. */
        List<String> refusals() {
            return Stream.concat(returns.stream(), preNotifications.stream())
                    .filter(sent -> sent.outcome() == Outcome.REFUSED)
                    .map(Sent::refusal)
                    .toList();
        }

        void write(int kills, double seconds) throws Exception {
            String text = String.format(
                    Locale.ROOT,
                    "Random kills: %d SIGKILLs and 1 PostgreSQL restart in %.0f s (seed %d)%n"
                            + "  bulk returns of %d CHs: %d answered I0, %d refused, %d unanswered%n"
                            + "  CSPM-N3 calls of %d CHs: %d answered, %d refused, %d unanswered%n"
                            + "  unanswered requests found whole afterwards: %d (the rest absent)%n"
                            + "  CSP mails: %d, of which sent again after a kill (same Message-ID): %d%n"
                            + "  refusals, by answer: %s%n"
                            + "  losses: %d, duplicates: %d, half-applied: %d, left behind: %d%n%s",
                    kills,
                    seconds,
                    SEED,
                    RETURN_SIZE,
                    count(returns, Outcome.ANSWERED),
                    count(returns, Outcome.REFUSED),
                    count(returns, Outcome.UNANSWERED),
                    N3_SIZE,
                    count(preNotifications, Outcome.ANSWERED),
                    count(preNotifications, Outcome.REFUSED),
                    count(preNotifications, Outcome.UNANSWERED),
                    unansweredApplied,
                    mails,
                    resent,
                    refusals().stream()
                            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())),
                    losses.size(),
                    duplicates.size(),
                    halves.size(),
                    stuck.size(),
                    String.join(
                            System.lineSeparator(),
                            Stream.of(losses, duplicates, halves, stuck)
                                    .flatMap(List::stream)
                                    .toList()));
            System.out.print(text);
            Files.writeString(Path.of("target", "reliability.txt"), text);
        }

        private static long count(List<Sent> sent, Outcome outcome) {
            return sent.stream().filter(s -> s.outcome() == outcome).count();
        }
    }

    /** A refusal's answer in a line of the report. */
    private static String abbreviated(String answer) {
        String line = String.valueOf(answer).replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }
}
