package uk.dsp.inventory.duis.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Our DUIS schema, which every request is validated against before anything reads it. */
public final class DuisSchema {

    private static final String SCHEMA_RESOURCE = "duis/DspDuis.xsd";
    private static final Schema SCHEMA = schema(false);
    /**
     * The same schema with the bulk lists unbounded: a request with more records than the SR allows is checked like
     * any other, and then refused for its count in DUIS terms rather than by the schema with a 400.
     */
    private static final Schema SCHEMA_WITHOUT_RECORD_LIMIT = schema(true);

    private static final int MAX_MESSAGE = 300;

    private DuisSchema() {}

    static void validate(Document document) {
        validate(document, SCHEMA);
    }

    static void validateIgnoringRecordLimit(Document document) {
        validate(document, SCHEMA_WITHOUT_RECORD_LIMIT);
    }

    private static void validate(Document document, Schema schema) {
        try {
            schema.newValidator().validate(new DOMSource(document));
        } catch (SAXException e) {
            throw new DuisRefused(
                    400, "the document does not validate against the DUIS schema: " + excerpt(e.getMessage()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parser's message quotes the offending value whole, however long the caller made it: the start is enough. */
    public static String excerpt(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }

    private static Schema schema(boolean withoutRecordLimit) {
        URL resource = DuisSchema.class.getClassLoader().getResource(SCHEMA_RESOURCE);
        try (InputStream xsd = resource.openStream()) {
            String text = new String(xsd.readAllBytes(), StandardCharsets.UTF_8);
            if (withoutRecordLimit) {
                text = text.replace("maxOccurs=\"999\"", "maxOccurs=\"unbounded\"");
            }
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSchema(new StreamSource(new StringReader(text), resource.toString()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("our DUIS schema does not load", e);
        }
    }
}
