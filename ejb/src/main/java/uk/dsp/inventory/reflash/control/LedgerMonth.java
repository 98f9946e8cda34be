package uk.dsp.inventory.reflash.control;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import uk.dsp.inventory.dcc.Refused;

/**
 * A month of the ledger, the forecasts or the stock counts, as people write it (2026-11). Java reads years from
 * -999,999,999; the database's dates do not go that far, so only the years a ledger can hold are taken.
 */
public final class LedgerMonth {

    private static final YearMonth FIRST = YearMonth.of(2000, 1);
    private static final YearMonth LAST = YearMonth.of(2199, 12);

    private LedgerMonth() {}

    public static YearMonth parse(String text) {
        try {
            YearMonth month = YearMonth.parse(text == null ? "" : text.strip());
            if (!month.isBefore(FIRST) && !month.isAfter(LAST)) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw Refused.invalid("a month is written like 2026-11, from " + FIRST + " to " + LAST);
    }
}
