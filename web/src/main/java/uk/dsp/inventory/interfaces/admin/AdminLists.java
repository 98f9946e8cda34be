package uk.dsp.inventory.interfaces.admin;

import jakarta.ws.rs.BadRequestException;
import java.util.Set;
import uk.dsp.inventory.dcc.Eui64;

/** What the administrator's lists share: a status among the list's own, a party as an EUI-64, at most 1,000 rows. */
final class AdminLists {

    private static final int MAX_ROWS = 1000;

    private AdminLists() {}

    /** 400 for a status the list does not have, or a party ID that is not an EUI-64 ({@code partyParameter} names it). */
    static void checkFilters(String status, Set<String> statuses, String partyParameter, String partyId) {
        if (status != null && !statuses.contains(status) || partyId != null && !Eui64.isValid(partyId)) {
            throw new BadRequestException("status is one of " + statuses + "; " + partyParameter + " is an EUI-64");
        }
    }

    /** The rows asked for, between 1 and 1,000. */
    static int limit(int asked) {
        return Math.max(1, Math.min(asked, MAX_ROWS));
    }
}
