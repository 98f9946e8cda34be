package uk.dsp.inventory.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what the server does asynchronously (MDBs, mail), failing the test when it never happens. */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Eventually() {}

    public static void await(String what, BooleanSupplier condition) {
        await(what, condition, () -> "");
    }

    /** As {@link #await(String, BooleanSupplier)}; on failure the message adds {@code state}, what was seen instead. */
    public static void await(String what, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String seen = state.get();
                throw new AssertionError("not within " + LIMIT.toSeconds() + " s: " + what
                        + (seen.isEmpty() ? "" : "; instead " + seen));
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
