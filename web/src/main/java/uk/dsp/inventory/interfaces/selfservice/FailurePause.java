package uk.dsp.inventory.interfaces.selfservice;

/**
 * Slows a failed sign-in: 250 ms per failure in a row, at most one second, so guessing is slow before the lock
 * comes, while a person's typo costs a moment. Short, because a paused request holds a worker thread.
 */
public final class FailurePause {

    private FailurePause() {}

    public static void after(int failures) {
        try {
            Thread.sleep(Math.min(failures, 4) * 250L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
