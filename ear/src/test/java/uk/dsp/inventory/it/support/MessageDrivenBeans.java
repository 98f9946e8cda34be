package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Pauses and resumes a consumer of the deployed application through the management interface, as an operator
 * would (stop-delivery, start-delivery): its messages wait in their queue meanwhile.
 */
public final class MessageDrivenBeans {

    private MessageDrivenBeans() {}

    public static void stopDelivery(String bean) {
        execute(bean, "stop-delivery");
    }

    public static void startDelivery(String bean) {
        execute(bean, "start-delivery");
    }

    private static void execute(String bean, String operationName) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 10090)) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set(operationName);
            operation
                    .get("address")
                    .add("deployment", "dsp-inventory.ear")
                    .add("subdeployment", "dsp-inventory-ejb.jar")
                    .add("subsystem", "ejb3")
                    .add("message-driven-bean", bean);
            ModelNode result = client.execute(operation);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException(operationName + " of " + bean + " failed: " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
