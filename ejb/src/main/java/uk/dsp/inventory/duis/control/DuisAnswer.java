package uk.dsp.inventory.duis.control;

/**
 * What the DUIS endpoint answers: a signed {@code sr:Response} (with its SR variant and response code for the meters,
 * and the records of a bulk request), or, for a document whose sender could not be established, an HTTP status and a
 * plain-text reason, since the DSP signs no statement about it.
 */
public record DuisAnswer(
        byte[] signedResponse,
        String serviceReferenceVariant,
        String responseCode,
        Integer bulkRecords,
        int refusalStatus,
        String refusal) {

    public static DuisAnswer signed(byte[] response, String variant, String responseCode, Integer bulkRecords) {
        return new DuisAnswer(response, variant, responseCode, bulkRecords, 0, null);
    }

    public static DuisAnswer refused(int status, String reason) {
        return new DuisAnswer(null, null, null, null, status, reason);
    }

    public boolean isRefused() {
        return signedResponse == null;
    }
}
