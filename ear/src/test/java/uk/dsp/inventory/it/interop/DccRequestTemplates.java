package uk.dsp.inventory.it.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The DCC's request templates (npm {@code @smartdcc/duis-templates}, fetched into target/ by the build), with only
 * what a Service User changes: the originator and counter of the RequestID, and the device IDs. Their placeholder
 * signature is removed, to be signed for real.
 */
final class DccRequestTemplates {

    static final String DIR_PROPERTY = "dcc.templates.dir";
    private static final String DEFAULT_DIR = "target/dcc-templates/package/templates";
    /** What every template says: a Service User of DCC Boxed, and counter 1000. */
    private static final String TEMPLATE_ORIGINATOR = "90-B3-D5-1F-30-01-00-00";

    static final String TEMPLATE_HUB = "00-DB-12-34-56-78-90-A2";
    static final String TEMPLATE_METER = "00-DB-12-34-56-78-90-A0";

    private static final Pattern SIGNATURE = Pattern.compile("\\s*<ds:Signature.*</ds:Signature>", Pattern.DOTALL);

    private DccRequestTemplates() {}

    /** The template of an SR, e.g. "8.14.3_COMMUNICATIONS_HUB_STATUS_UPDATE_FAULT_RETURN". */
    static String template(String name) {
        Path file = Path.of(System.getProperty(DIR_PROPERTY, DEFAULT_DIR), name + "_REQUEST_DUIS.XML");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the DCC's template " + file.toAbsolutePath() + " (npm pack @smartdcc/duis-templates)", e);
        }
    }

    /** The template as this originator sends it, with its counter, and the template's device IDs replaced. */
    static String request(String name, String originator, long counter, String hub, String meter) {
        String xml = template(name);
        String requestId = TEMPLATE_ORIGINATOR + ":90-B3-D5-1F-30-00-00-02:1000";
        if (!xml.contains(requestId)) {
            throw new IllegalStateException(name + " no longer has the RequestID " + requestId);
        }
        return SIGNATURE
                .matcher(xml.replace(requestId, originator + ":90-B3-D5-1F-30-00-00-02:" + counter)
                        .replace(TEMPLATE_HUB, hub)
                        .replace(TEMPLATE_METER, meter))
                .replaceFirst("");
    }
}
