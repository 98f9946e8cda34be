package uk.dsp.inventory.platform.messaging;

import java.time.Instant;

/**
 * A message whose every delivery attempt failed, as its outbox row keeps it: its queue, what it is, why its last
 * attempt failed, when it was written and when it died.
 */
public record DeadLetter(long id, String queue, String about, String reason, Instant createdAt, Instant deadAt) {}
