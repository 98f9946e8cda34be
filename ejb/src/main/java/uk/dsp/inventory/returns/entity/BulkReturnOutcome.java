package uk.dsp.inventory.returns.entity;

/** What became of a bulk return request as a whole, where no single CH's outcome says it (MP117). */
public enum BulkReturnOutcome {
    /** Some CHs were accepted and some were not. */
    PARTLY_ACCEPTED,
    /** More records than {@link #MAX_RECORDS}: refused as a whole, and nothing is recorded. */
    TOO_MANY_RECORDS;

    /** The most return records one request may hold. */
    public static final int MAX_RECORDS = 999;
}
