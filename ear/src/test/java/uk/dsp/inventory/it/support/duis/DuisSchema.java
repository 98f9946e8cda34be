package uk.dsp.inventory.it.support.duis;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Our published DUIS schema (the xsd module's DspDuis.xsd), to check that every response the DSP sends is valid. */
public final class DuisSchema {

    private static final Schema SCHEMA = load();

    private DuisSchema() {}

    /** Throws with the validator's message when the document is not valid. */
    public static void validate(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against DspDuis.xsd: " + e.getMessage(), e);
        }
    }

    private static Schema load() {
        try {
            return SchemaFactory.newDefaultInstance()
                    .newSchema(DuisSchema.class.getClassLoader().getResource("duis/DspDuis.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
