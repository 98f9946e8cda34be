package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The README's ./run.sh, started as a newcomer starts it: its own database, port offset and run directory, so that a
 * developer's ./run.sh may keep running; no mail server or TLS stores of the caller's, so that run.sh makes its own.
 * Closing it sends SIGTERM, as Ctrl-C does, and run.sh stops what it started.
 */
public final class RunSh implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Process process;
    private final Path output;
    private final Path runDir;

    private RunSh(Process process, Path output, Path runDir) {
        this.process = process;
        this.output = output;
        this.runDir = runDir;
    }

    /** Starts run.sh on a new database and a new run directory, with {@code extra} in its environment. */
    public static RunSh start(String database, int portOffset, Path runDir, Map<String, String> extra)
            throws IOException {
        ItDatabase.recreate(database);
        deleteRecursively(runDir);
        Files.createDirectories(runDir);
        Path output = runDir.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder("./run.sh")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        List.of(
                        "DSP_SMTP_HOST",
                        "DSP_SMTP_PORT",
                        "DSP_TLS_KEYSTORE",
                        "DSP_TLS_KEYSTORE_PASSWORD",
                        "DSP_CSP_TRUSTSTORE",
                        "DSP_CSP_TRUSTSTORE_PASSWORD",
                        "DSP_CSP_CRL")
                .forEach(env::remove);
        env.put("DSP_RUN_DIR", runDir.toString());
        env.put("DSP_PORT_OFFSET", String.valueOf(portOffset));
        env.put("DSP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        env.put("DSP_ADMIN_USER", PreparedServer.Admin.USER);
        env.put("DSP_ADMIN_PASSWORD", PreparedServer.Admin.PASSWORD);
        env.putAll(extra);
        return new RunSh(builder.start(), output, runDir);
    }

    /** Waits until run.sh prints that the system runs; fails with what it printed when it stops or takes too long. */
    public void awaitRunning(Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(output);
            if (printed.contains("DSP Inventory is running")) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("run.sh stopped:\n" + printed);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("run.sh did not start the system within " + within + ":\n" + Files.readString(output));
    }

    public Path runDir() {
        return runDir;
    }

    /** SIGTERM, as Ctrl-C: run.sh stops the servers and the catcher itself. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (process.waitFor(120, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }
}
