package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.dsp.inventory.interfaces.pages.CsvCells;
import uk.dsp.inventory.interfaces.pages.Messages;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.reflash.boundary.FirmwareUploads;

/**
 * SSMI: DCC Logistics uploads a CSV file of re-flashed CHs and their new firmware (seed 003 option B). The report of
 * every line stays with the page's view, to read and to download as CSV. A file is read no further than one byte
 * past the largest allowed, so a large one is refused with a message, not held in memory.
 */
@Named
@ViewScoped
public class FirmwareUploadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the file and what became of it: applied, already recorded, or refused and why. */
    public record ReportLine(long line, String deviceId, String version, String result, String detail)
            implements Serializable {}

    @EJB
    FirmwareUploads uploads;

    @Inject
    SignedInUser user;

    private transient Part file;
    private List<ReportLine> report;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a CSV file.");
            return;
        }
        byte[] content = UploadedFiles.read(file);
        if (content == null) {
            return;
        }
        FirmwareUploads.Report done = RefusalMessages.read(() -> uploads.upload(user.member(), content), null);
        if (done != null) {
            report = new ArrayList<>();
            done.applied().forEach(r -> report.add(line(r, "applied")));
            done.unchanged().forEach(r -> report.add(line(r, "already recorded")));
            done.refused().forEach(r -> report.add(line(r, "refused")));
            report.sort(java.util.Comparator.comparingLong(ReportLine::line));
            String counts =
                    done.applied().size() + " applied, " + done.unchanged().size() + " already recorded, "
                            + done.refused().size() + " refused";
            // An outcome is shown as what it is: a file of which nothing could be used is a problem, not a success.
            if (done.applied().isEmpty() && done.unchanged().isEmpty()) {
                Messages.error("No line of the file could be used (" + counts + "): see why in the report below.");
            } else if (!done.refused().isEmpty()) {
                Messages.error(done.refused().size() + " lines were refused (" + counts
                        + "): see why in the report below; the others were applied.");
            } else {
                Messages.shown(counts + ".");
            }
        }
    }

    /** The report as CSV, answered in place of the page. */
    public void downloadReport() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("text/csv;charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"firmware-file-report.csv\"");
        try (Writer out = external.getResponseOutputWriter();
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader("line", "deviceId", "version", "result", "detail")
                        .get()
                        .print(out)) {
            for (ReportLine r : getReport()) {
                csv.printRecord(CsvCells.of(r.line(), r.deviceId(), r.version(), r.result(), r.detail()));
            }
        }
        faces.responseComplete();
    }

    private static ReportLine line(FirmwareUploads.Row row, String result) {
        return new ReportLine(row.line(), row.deviceId(), row.version(), result, row.outcome());
    }

    public List<ReportLine> getReport() {
        return report == null ? List.of() : report;
    }

    public long count(String result) {
        return getReport().stream().filter(r -> r.result().equals(result)).count();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
