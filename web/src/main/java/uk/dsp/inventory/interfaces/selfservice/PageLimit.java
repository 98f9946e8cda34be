package uk.dsp.inventory.interfaces.selfservice;

/**
 * How many rows a page of a JSON list may hold: from 1 to the list's most. The lists page by keyset (a page's last
 * key is the next page's {@code before} or {@code after}, which the facade reads as it is), so the limit is the one
 * paging parameter a resource checks; a list that checks more names them all in the same refusal.
 */
public record PageLimit(int most) {

    public boolean allows(int limit) {
        return limit >= 1 && limit <= most;
    }

    /** The range, as the refusals word it: {@code "limit from 1 to 200"}. */
    public String range() {
        return "from 1 to " + most;
    }
}
