package uk.dsp.inventory.smi.control;

import java.time.LocalDate;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.CommsHubDetails;
import uk.dsp.inventory.smi.entity.HanVariant;

/** Pre-notification records for unit tests: a CH whose GPF is its CHF plus one. */
final class CommsHubRecords {

    static final String SUPPLIER = "90-B3-D5-1F-30-01-00-00";

    private CommsHubRecords() {}

    static CommsHubPreNotification record(long chf, CspRegion region) {
        return record(chf, region, "1.0.0");
    }

    static CommsHubPreNotification record(long chf, CspRegion region, String firmware) {
        return new CommsHubPreNotification(
                new Eui64(chf),
                new Eui64(chf + 1),
                new CommsHubDetails(
                        "Toshiba",
                        "CH-1",
                        firmware,
                        "B2",
                        "CHTS 1.3",
                        HanVariant.SINGLE_BAND,
                        region,
                        SUPPLIER,
                        LocalDate.of(2026, 11, 2)));
    }
}
