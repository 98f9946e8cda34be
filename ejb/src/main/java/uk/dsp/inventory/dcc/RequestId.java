package uk.dsp.inventory.dcc;

import java.math.BigInteger;

/**
 * A DUIS RequestID, {@code originator:target:counter}: who sent the request, to whom, and a counter
 * from 0 to 2^64-1 that must grow with every request of that originator (the replay guard).
 */
public record RequestId(Eui64 originator, Eui64 target, BigInteger counter) {

    private static final BigInteger MAX_COUNTER = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public static RequestId parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":");
        if (parts.length != 3 || !parts[2].matches("0|[1-9][0-9]{0,19}")) {
            throw new IllegalArgumentException("a RequestID is originator:target:counter, not " + text);
        }
        BigInteger counter = new BigInteger(parts[2]);
        if (counter.compareTo(MAX_COUNTER) > 0) {
            throw new IllegalArgumentException("a RequestID counter is at most 2^64-1: " + text);
        }
        return new RequestId(Eui64.parse(parts[0].toUpperCase()), Eui64.parse(parts[1].toUpperCase()), counter);
    }

    /** The ResponseID of the answer: target and originator swapped, the same counter. */
    public String responseId() {
        return target + ":" + originator + ":" + counter;
    }

    @Override
    public String toString() {
        return originator + ":" + target + ":" + counter;
    }
}
