package uk.dsp.inventory.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what the server does asynchronously (MDBs, mail), failing the test when it never happens. */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Eventually() {}

    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + LIMIT.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
