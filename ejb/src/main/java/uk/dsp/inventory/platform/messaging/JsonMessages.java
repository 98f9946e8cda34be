package uk.dsp.inventory.platform.messaging;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Our JMS messages are JSON text: readable in the console's queue browser, and free of Java serialisation. */
public final class JsonMessages {

    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonMessages() {}

    public static String write(Object message) {
        return JSON.toJson(message);
    }

    public static <T> T read(String text, Class<T> type) {
        return JSON.fromJson(text, type);
    }
}
