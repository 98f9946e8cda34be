package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.dsp.inventory.incidents.boundary.IncidentLists;
import uk.dsp.inventory.incidents.control.IncidentFilter;
import uk.dsp.inventory.incidents.control.IncidentView;

/**
 * The overdue report as CSV, for the DCC service desk (the SSMI's guard admits operators only; the role is checked
 * here before a byte is written, so that an operator without it gets 403, not a header line and a broken download).
 */
@WebServlet("/ssmi/overdue.csv")
public class OverdueCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    IncidentLists lists;

    @Inject
    SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.isServiceDesk()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "your roles do not include SERVICE_DESK");
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"overdue-incidents.csv\"");
        try (PrintWriter out = response.getWriter();
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader("incident", "deviceId", "installingSupplier", "raisedBy", "raisedAt", "dueOn")
                        .get()
                        .print(out)) {
            Long before = null;
            while (true) {
                List<IncidentView> page = lists.list(
                        user.member(), new IncidentFilter("OPEN", null, true, before, IncidentFilter.MAX_PAGE));
                for (IncidentView i : page) {
                    csv.printRecord(
                            CsvCells.of(i.id(), i.deviceId(), i.assignee(), i.raisedBy(), i.raisedAt(), i.dueOn()));
                }
                if (page.size() < IncidentFilter.MAX_PAGE) {
                    return;
                }
                before = page.get(page.size() - 1).id();
            }
        }
    }
}
