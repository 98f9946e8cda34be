package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.pages.CsvCells;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.reflash.boundary.ReflashLedger;
import uk.dsp.inventory.reflash.control.LedgerMonth;

/**
 * One month's charged CHs as CSV: a party's own in the SSI; in the SSMI (its guard admits operators only) the party
 * DCC Logistics names, or every party's.
 */
@WebServlet({"/ssi/reflash-charges.csv", "/ssmi/reflash-charges.csv"})
public class ReflashChargesCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReflashLedger ledger;

    @Inject
    SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth month;
        try {
            month = LedgerMonth.parse(request.getParameter("month"));
        } catch (Refused refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        List<ReflashLedger.Charge> lines;
        try {
            lines = ledger.chargeLines(user.member(), request.getParameter("partyId"), month);
        } catch (Refused refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reflash-charges-" + month + ".csv\"");
        try (PrintWriter out = response.getWriter();
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader("partyId", "month", "request", "deviceId", "amount", "chargedAt")
                        .get()
                        .print(out)) {
            for (ReflashLedger.Charge c : lines) {
                csv.printRecord(CsvCells.of(
                        c.partyId(),
                        c.month(),
                        c.reference(),
                        c.deviceId(),
                        c.amount().toPlainString(),
                        c.chargedAt()));
            }
        }
    }
}
