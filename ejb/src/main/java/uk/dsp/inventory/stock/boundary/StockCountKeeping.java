package uk.dsp.inventory.stock.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.YearMonth;
import java.util.logging.Logger;
import uk.dsp.inventory.reflash.control.ChargeLedger;

/**
 * Keeps the stock's counts (V18) small to read: folds each party's stock changes every minute, and takes the month
 * just ended's counts at its first minute.
 */
@Singleton
@DependsOn("SchemaMigration") // its tables, functions and the persistent timer's store are the schema's
public class StockCountKeeping {

    private static final Logger LOG = Logger.getLogger(StockCountKeeping.class.getName());

    @EJB
    CommsHubStock stock;

    private boolean failing;

    /**
     * On every node, not persistent: one fold runs at a time (ch_stock_compact skips while another node's holds its
     * lock), and a missed one only leaves a few more rows for the next. With the database away it says so once, and
     * once when it is back.
     */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "CH stock counts folded")
    @TransactionAttribute(
            TransactionAttributeType.NOT_SUPPORTED) // the fold's own transaction, so its failure is caught
    public void fold() {
        try {
            stock.fold();
            if (failing) {
                LOG.info("CH stock counts folded again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "CH stock counts not folded, trying again every minute: " + e);
                failing = true;
            }
        }
    }

    /**
     * Persistent, in the timer store every node shares: one node takes the counts, and a server down at midnight takes
     * them when it starts.
     */
    @Schedule(
            dayOfMonth = "1",
            hour = "0",
            minute = "1",
            persistent = true,
            timezone = "Europe/London",
            info = "month-end CH stock counts")
    public void monthEnded() {
        stock.monthEnd(YearMonth.now(ChargeLedger.UK).minusMonths(1));
    }
}
