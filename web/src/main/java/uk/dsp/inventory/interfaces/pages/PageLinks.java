package uk.dsp.inventory.interfaces.pages;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Links between the pages: the query a link carries, and the ID of the one thing a page shows. */
public final class PageLinks {

    private PageLinks() {}

    /** A query of the given names and values, the empty ones left out, each URL-encoded. */
    static String query(String... namesAndValues) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.add(namesAndValues[i] + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /**
     * The ID a page shows, from the request: the link's query or, on a form's post, the form's own field (a
     * request-scoped page would not have it yet when Faces decides which forms to process). Null when there is none.
     */
    public static Long id() {
        String text = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }
}
