package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** The Arquillian server's server.log, found where the server says its log directory is. */
public final class ServerLog {

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
}
