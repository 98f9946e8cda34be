package uk.dsp.inventory.interfaces.http;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A request's body read as one JSON object, and its string members: anything else (empty, not JSON, an array, too
 * deeply nested, a member of the wrong type) answers 400 with what was expected, before any rule runs.
 */
public final class JsonBodies {

    /** Far above any body of ours; a deeper one would only cost the parser's stack. */
    private static final int MAX_NESTING = 32;

    private JsonBodies() {}

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw badRequest("the body must be a JSON object");
        }
        if (nesting(body) > MAX_NESTING) {
            throw badRequest("the body nests deeper than " + MAX_NESTING + " levels");
        }
        try (JsonReader reader = JsonOutput.readers().createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw badRequest("the body must be a JSON object, not "
                        + value.getValueType().name().toLowerCase());
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw badRequest("the body is not a JSON object");
        }
    }

    /** The member as a string; null when it is missing or null. */
    public static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw badRequest(name + " must be a string");
        }
        return body.getString(name);
    }

    /** The member as a list of strings; null when it is missing or null. */
    public static List<String> strings(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
            throw badRequest(name + " must be an array of strings");
        }
        return value.asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** The member as a boolean, which must be there. */
    public static boolean bool(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw badRequest(name + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** The member as an object; an empty one when it is missing or null. */
    public static JsonObject member(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw badRequest(name + " must be an object");
        }
        return value.asJsonObject();
    }

    /** The member as a date (ISO-8601, such as 2026-12-24); null when it is missing or null. */
    public static LocalDate date(JsonObject body, String name) {
        String text = string(body, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw badRequest(name + " must be a date such as 2026-12-24");
        }
    }

    /** The deepest nesting of arrays and objects, outside strings, counted before anything is parsed. */
    private static int nesting(String body) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static WebApplicationException badRequest(String message) {
        return new WebApplicationException(ErrorBody.response(Response.Status.BAD_REQUEST, message));
    }
}
