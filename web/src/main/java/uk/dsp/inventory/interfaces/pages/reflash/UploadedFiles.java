package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.dsp.inventory.interfaces.pages.Messages;
import uk.dsp.inventory.reflash.control.CsvUpload;

/** A file posted with a form, read no further than one byte past the largest allowed, so a large one is not kept. */
final class UploadedFiles {

    private UploadedFiles() {}

    /** Its bytes; null, with the form's message, when it is larger than a CSV upload may be. */
    static byte[] read(Part file) {
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CsvUpload.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > CsvUpload.MAX_BYTES) {
            Messages.error("The file is larger than " + CsvUpload.MAX_BYTES + " bytes: split it and upload each part.");
            return null;
        }
        return content;
    }
}
