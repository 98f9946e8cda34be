package uk.dsp.inventory.interfaces.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Links between the pages: a query of the given names and values, the empty ones left out, each URL-encoded. */
final class PageLinks {

    private PageLinks() {}

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
}
