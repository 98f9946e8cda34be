package uk.dsp.inventory.housekeeping.control;

import java.time.Instant;

/**
 * What one chunk's transaction did: devices deleted, N8 alerts raised, and of those, undeliverable ones;
 * and the (since, device ID) key after which the next chunk of the type starts.
 */
public record ChunkResult(int deleted, int alerts, int undeliverable, Key next) {

    /** A position in a type's Pending devices, ordered by since, then device ID. */
    public record Key(Instant since, long deviceId) {

        public static final Key START = new Key(Instant.parse("1970-01-01T00:00:00Z"), Long.MIN_VALUE);
    }
}
