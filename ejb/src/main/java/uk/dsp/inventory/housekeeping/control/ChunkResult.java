package uk.dsp.inventory.housekeeping.control;

/** What one chunk's transaction did: devices deleted, N8 alerts raised, and of those, undeliverable ones. */
public record ChunkResult(int deleted, int alerts, int undeliverable) {
}
