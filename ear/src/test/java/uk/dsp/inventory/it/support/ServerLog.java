package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** The Arquillian server's server.log, found where the server says its log directory is. */
public final class ServerLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private ServerLog() {}

    public static Path file() {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 10090)) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set("read-attribute");
            operation.get("address").add("path", "jboss.server.log.dir");
            operation.get("name").set("path");
            return Path.of(client.execute(operation).get("result").asString(), "server.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log's lines that contain {@code text}. */
    public static List<String> linesWith(String text) {
        try {
            return Files.readAllLines(file(), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(text))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole log, for checks that no stack trace follows a line. */
    public static String text() {
        try {
            return Files.readString(file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The log from the first line stamped at or after {@code from} (the server's pattern starts each line with its
     * local time, to the millisecond): what the server wrote while a test did something to it.
     */
    public static String since(LocalDateTime from) {
        String stamp = from.format(STAMP);
        String text = text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, next);
            if (line.length() >= stamp.length()
                    && Character.isDigit(line.charAt(0))
                    && line.substring(0, stamp.length()).compareTo(stamp) >= 0) {
                return text.substring(start);
            }
            start = next;
        }
        return "";
    }
}
