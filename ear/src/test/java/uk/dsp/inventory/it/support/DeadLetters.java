package uk.dsp.inventory.it.support;

import java.io.IOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** The server's dead-letter queue as the console lists it (message properties included), through the management API. */
public final class DeadLetters {

    private DeadLetters() {}

    public static String list() {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 10090)) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set("list-messages");
            operation
                    .get("address")
                    .add("subsystem", "messaging-activemq")
                    .add("server", "default")
                    .add("jms-queue", "DLQ");
            return client.execute(operation).get("result").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
