package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import uk.dsp.inventory.interfaces.pages.RefusalMessages;
import uk.dsp.inventory.interfaces.pages.SignedInUser;
import uk.dsp.inventory.interfaces.pages.UkTimeFormat;
import uk.dsp.inventory.reflash.boundary.ReflashLedger;
import uk.dsp.inventory.reflash.control.LedgerMonth;
import uk.dsp.inventory.stock.boundary.CommsHubStock;

/**
 * The money and volumes of re-flash: charges per month, each month's lines as CSV, forecasts against requests; a
 * party sees its own (SSI), DCC Logistics every party's, and the CHs each party held at a month's end (SSMI).
 */
@Named
@RequestScoped
public class ReflashLedgerPage {

    @EJB
    ReflashLedger ledger;

    @EJB
    CommsHubStock stock;

    @Inject
    SignedInUser user;

    @Inject
    UkTimeFormat ukTime;

    private String month;
    private List<ReflashLedger.MonthCharges> charges;
    private List<ReflashLedger.Forecast> forecasts;
    private CommsHubStock.MonthEndCounts monthEnd;

    /** Reads the charges before the page renders, so that a refusal reaches the messages at its top. */
    public void load() {
        getCharges();
    }

    /** With the forecasts and month-end counts, for the SSMI's page. */
    public void loadAll() {
        load();
        getForecasts();
        getMonthEnd();
    }

    public List<ReflashLedger.MonthCharges> getCharges() {
        if (charges == null) {
            charges = RefusalMessages.read(() -> ledger.charges(user.member(), null), List.of());
        }
        return charges;
    }

    public List<ReflashLedger.Forecast> getForecasts() {
        if (forecasts == null) {
            forecasts = RefusalMessages.read(() -> ledger.forecasts(user.member(), null), List.of());
        }
        return forecasts;
    }

    public List<CommsHubStock.MonthEnd> getMonthEnd() {
        return monthEndCounts().parties();
    }

    /** When the month-end counts were counted, and whether they are the month's kept ones. */
    public String getMonthEndCounted() {
        var counts = monthEndCounts();
        if (counts.countedAt() == null) {
            return ""; // refused: the messages say why
        }
        return (counts.kept() ? "Taken at the month's end, " : "Counted now, from the SMI as it holds them today, ")
                + ukTime.format(counts.countedAt());
    }

    private CommsHubStock.MonthEndCounts monthEndCounts() {
        if (monthEnd == null) {
            monthEnd = RefusalMessages.read(
                    () -> stock.monthEnd(user.member(), LedgerMonth.parse(getMonth())),
                    new CommsHubStock.MonthEndCounts(null, false, List.of()));
        }
        return monthEnd;
    }

    /** The CSV of one party's charged CHs of one month; the SSI's and the SSMI's servlet each serve their own. */
    public String csvLink(ReflashLedger.MonthCharges row) {
        return "reflash-charges.csv?month=" + row.month() + (user.isLogistics() ? "&partyId=" + row.partyId() : "");
    }

    /** The month of the month-end counts: last month unless another is asked for. */
    public String getMonth() {
        if (month == null || month.isBlank()) {
            month = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
