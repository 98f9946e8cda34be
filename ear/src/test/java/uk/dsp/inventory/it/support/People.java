package uk.dsp.inventory.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People at parties, made through the admin API as an administrator would, and their calls to the JSON API with
 * their own name and password (HTTP Basic).
 */
public final class People {

    /** The DSP's own party ID in the test server (configure-server.cli's default): DCC operators belong to it. */
    public static final String DSP_PARTY = "90-B3-D5-1F-30-00-00-02";

    public static final String PASSWORD = "a long test password";
    /** HTTP/1.1, as gateways and browsers reach the server; the JDK's default tries an h2c upgrade. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private People() {}

    /** A person: calls the API as itself. */
    public record Person(String username, String partyId, String email) {

        public AdminClient.Reply get(String path) {
            return send("GET", path, null);
        }

        public AdminClient.Reply post(String path, String json) {
            return send("POST", path, json);
        }

        public AdminClient.Reply put(String path, String json) {
            return send("PUT", path, json);
        }

        public AdminClient.Reply send(String method, String path, String json) {
            return People.send(method, path, json, username, PASSWORD);
        }
    }

    /** Registers a Service User with these DUIS roles and a random party ID; answers the party ID. */
    public static String supplier(String... roles) {
        String partyId = Eui64s.random();
        AdminClient.asAdministrator().registerSupplier(partyId, roles);
        return partyId;
    }

    /** Adds a user with these roles to the party, with an address of its own. */
    public static Person of(String partyId, String... roles) {
        String username = "user-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        String email = username + "@people.example";
        AdminClient.Reply reply = addUser(partyId, username, PASSWORD, email, roles);
        if (reply.status() != 201) {
            throw new IllegalStateException("user refused: " + reply);
        }
        return new Person(username, partyId, email);
    }

    /** A DCC operator of the service desk. */
    public static Person operator() {
        return of(DSP_PARTY, "SERVICE_DESK", "USER_ADMIN");
    }

    public static AdminClient.Reply addUser(
            String partyId, String username, String password, String email, String... roles) {
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        List.of(roles).forEach(roleArray::add);
        return AdminClient.asAdministrator()
                .post(
                        "api/admin/parties/" + partyId + "/users",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", password)
                                .add("email", email)
                                .add("roles", roleArray)
                                .build()
                                .toString());
    }

    public static AdminClient.Reply send(String method, String path, String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(DspServer.resolve(path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new AdminClient.Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
