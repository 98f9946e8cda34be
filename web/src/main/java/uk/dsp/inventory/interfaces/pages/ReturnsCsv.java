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
import uk.dsp.inventory.returns.boundary.ReturnsTracking;
import uk.dsp.inventory.returns.control.ReturnsFilter;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/** The signed-in Service User's returns records as CSV, with the page's filters, read by keyset a page at a time. */
@WebServlet("/ssi/returns.csv")
public class ReturnsCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReturnsTracking tracking;

    @Inject
    SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReturnsQuery query = new ReturnsQuery();
        query.setDeviceId(request.getParameter("deviceId"));
        query.setRequestId(request.getParameter("requestId"));
        query.setStatus(request.getParameter("status"));
        query.setFrom(request.getParameter("from"));
        query.setTo(request.getParameter("to"));
        if (!user.isReturns()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "your roles include no returns");
            return;
        }
        if (!query.valid()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, query.problem());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ch-returns.csv\"");
        try (PrintWriter out = response.getWriter();
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "deviceId",
                                "requestId",
                                "serviceReferenceVariant",
                                "returnType",
                                "faultReason",
                                "status",
                                "openedAt",
                                "dueOn")
                        .get()
                        .print(out)) {
            ReturnsFilter page = query.filter(ReturnsFilter.MAX_PAGE);
            while (true) {
                List<ReturnsRecord> records = tracking.page(user.getPartyId(), page);
                for (ReturnsRecord r : records) {
                    csv.printRecord(CsvCells.of(
                            r.deviceId(),
                            r.requestId(),
                            r.serviceReferenceVariant(),
                            r.returnType(),
                            r.faultReason(),
                            r.status(),
                            r.openedAt(),
                            r.dueOn()));
                }
                if (records.size() < ReturnsFilter.MAX_PAGE) {
                    return;
                }
                page = page.before(records.get(records.size() - 1).recordId());
            }
        }
    }
}
