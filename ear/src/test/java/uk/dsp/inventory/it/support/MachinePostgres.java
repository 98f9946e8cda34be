package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops and starts the PostgreSQL that the tests use, the one scripts/postgres.sh found or started: the machine's
 * Debian cluster (pg_ctlcluster), or the private server in .run/postgres.
 */
public final class MachinePostgres {

    private static final Path PRIVATE =
            Path.of("..", ".run", "postgres").toAbsolutePath().normalize();

    private MachinePostgres() {}

    public static void stop() {
        control("stop");
    }

    public static void start() throws InterruptedException {
        control("start");
        for (int i = 0; i < 60 && !answers(); i++) {
            Thread.sleep(500);
        }
    }

    public static boolean answers() {
        try {
            new Socket("127.0.0.1", 5432).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void control(String action) {
        List<String> command = new ArrayList<>();
        Path clusters = Path.of("/etc/postgresql");
        if (Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster")) && Files.isDirectory(clusters)) {
            command.addAll(List.of("pg_ctlcluster", "--skip-systemctl-redirect", newest(clusters), "main", action));
            if (action.equals("stop")) {
                command.addAll(List.of("--", "-m", "fast"));
            }
        } else if (Files.isExecutable(PRIVATE.resolve("bin/pg_ctl"))) {
            if (isRoot()) {
                command.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            command.addAll(List.of(
                    PRIVATE.resolve("bin/pg_ctl").toString(),
                    "-D",
                    PRIVATE.resolve("data").toString(),
                    "-w"));
            command.addAll(
                    action.equals("stop")
                            ? List.of("-m", "fast", "stop")
                            : List.of(
                                    "-l",
                                    PRIVATE.resolve("postgres.log").toString(),
                                    "-o",
                                    "-p 5432 -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
                                    "start"));
        } else {
            throw new IllegalStateException("no PostgreSQL of scripts/postgres.sh's to " + action);
        }
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newest(Path clusters) {
        try (Stream<Path> versions = Files.list(clusters)) {
            return versions.map(p -> p.getFileName().toString())
                    .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
