package uk.dsp.inventory.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The self-service pages over plain HTTP with a cookie jar, as a browser without scripts sees them: for what a
 * browser test cannot do, such as forging a form or reading headers. Redirects are not followed.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = client();

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(DspServer.resolve(path)).GET());
    }

    /** Posts a page's form: its fields by their names without the form's prefix, and the given view state (if any). */
    public HttpResponse<String> post(String path, String formId, Map<String, String> fields, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":submit", "submit");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(DspServer.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts any body as this session, as a hostile page or a script could, on a connection of its own: a POST on a
     * kept-alive connection the server closes at that moment fails with no answer, and unlike a browser the JDK's
     * client does not send it again, so a large post here would test that race instead of the server's answer.
     */
    public HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
        return send(
                client(),
                HttpRequest.newBuilder(DspServer.resolve(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in with the form; answers the response to the form's post (a redirect when it succeeded). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("ssi/sign-in.xhtml");
        return post(
                "ssi/sign-in.xhtml",
                "signIn",
                Map.of("username", username, "password", password, "next", ""),
                viewState(page.body()));
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in the page: " + html);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
