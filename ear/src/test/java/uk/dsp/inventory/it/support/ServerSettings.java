package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.util.Map;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** The server's system properties, changed at runtime through the management API, as an administrator would with jboss-cli. */
public final class ServerSettings {

    /** The housekeeping settings as wildfly-config sets them. */
    public static final Map<String, String> HOUSEKEEPING_DEFAULTS = Map.of(
            "dsp.housekeeping.enabled", "true",
            "dsp.housekeeping.schedule", "0 30 2 * * *",
            "dsp.housekeeping.default-duration", "P12M",
            "dsp.housekeeping.durations", "",
            "dsp.housekeeping.excluded-types", "CHF,GPF",
            "dsp.housekeeping.chunk-size", "10000");

    private ServerSettings() {}

    public static void set(String property, String value) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("write-attribute");
        operation.get("address").add("system-property", property);
        operation.get("name").set("value");
        operation.get("value").set(value);
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", managementPort())) {
            ModelNode result = client.execute(operation);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("cannot set " + property + ": " + result);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void restoreHousekeepingDefaults() {
        HOUSEKEEPING_DEFAULTS.forEach(ServerSettings::set);
    }

    private static int managementPort() {
        return DspServer.resolve("").getPort() == 8280 ? 10190 : 10090;
    }
}
