package uk.dsp.inventory.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The admin REST API as an administrator's script would call it: JSON over HTTP with Basic credentials. */
public final class AdminClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String authorization;

    private AdminClient(String user, String password) {
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Authorization header it sends. */
    public String authorization() {
        return authorization;
    }

    public static AdminClient asAdministrator() {
        return new AdminClient(PreparedServer.Admin.USER, PreparedServer.Admin.PASSWORD);
    }

    public static AdminClient as(String user, String password) {
        return new AdminClient(user, password);
    }

    public static AdminClient anonymous() {
        return new AdminClient(null, null);
    }

    public record Reply(int status, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    public Reply register(String json) {
        return send("POST", "api/admin/parties", json);
    }

    public Reply update(String partyId, String json) {
        return send("PUT", "api/admin/parties/" + partyId, json);
    }

    public Reply read(String partyId) {
        return send("GET", "api/admin/parties/" + partyId, null);
    }

    public Reply runHousekeeping(boolean dryRun) {
        return send("POST", "api/admin/housekeeping/runs?dryRun=" + dryRun, "");
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    /** Registers a Service User (IS and GS by default) and fails the test if the server refuses. */
    public void registerSupplier(String partyId, String... roles) {
        JsonObject party = party(
                        partyId,
                        "Supplier " + partyId,
                        roles.length == 0 ? List.of("IS", "GS") : List.of(roles),
                        null,
                        List.of(),
                        null)
                .build();
        expectCreated(register(party.toString()));
    }

    /**
     * The region's CSP (a region has one, and test classes share the database): registered now if the region has
     * none, else updated to this gateway password, with no certificates. Its party ID.
     */
    public String cspOf(String region, String password) {
        List<String> holder = Json.createReader(new StringReader(
                        get("api/admin/parties?cspRegion=" + URLEncoder.encode(region, StandardCharsets.UTF_8))
                                .body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(party -> party.getString("partyId"))
                .toList();
        String partyId = holder.isEmpty() ? Eui64s.random() : holder.get(0);
        String json = party(partyId, "CSP " + partyId, List.of("CSP"), region, List.of(), password)
                .build()
                .toString();
        if (holder.isEmpty()) {
            expectCreated(register(json));
        } else if (update(partyId, json).status() != 200) {
            throw new IllegalStateException("the CSP of " + region + " was not updated");
        }
        return partyId;
    }

    public static JsonObjectBuilder party(
            String partyId,
            String name,
            List<String> roles,
            String cspRegion,
            List<String> certificates,
            String password) {
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        roles.forEach(roleArray::add);
        JsonArrayBuilder certificateArray = Json.createArrayBuilder();
        certificates.forEach(certificateArray::add);
        JsonObjectBuilder party = Json.createObjectBuilder()
                .add("partyId", partyId)
                .add("name", name)
                .add("roles", roleArray)
                .add("email", "operations@" + partyId.replace("-", "").toLowerCase() + ".example")
                .add("alertEndpoint", "https://alerts.example/" + partyId)
                .add("certificates", certificateArray);
        if (cspRegion == null) {
            party.addNull("cspRegion");
        } else {
            party.add("cspRegion", cspRegion);
        }
        if (password == null) {
            party.addNull("password");
        } else {
            party.add("password", password);
        }
        return party;
    }

    private static void expectCreated(Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("registration refused: " + reply);
        }
    }

    private Reply send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(DspServer.resolve(path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
