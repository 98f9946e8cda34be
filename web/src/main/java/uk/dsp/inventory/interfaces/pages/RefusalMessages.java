package uk.dsp.inventory.interfaces.pages;

import java.util.function.Function;
import java.util.function.Supplier;
import uk.dsp.inventory.dcc.Refused;

/**
 * How every page calls the facades: a refused step becomes the message at the page's top, never an error page. Only
 * a {@link Refused} is caught; anything else is a failure the page does not hide.
 */
public final class RefusalMessages {

    private RefusalMessages() {}

    /** What {@code read} answers, or {@code otherwise} with the refusal shown. */
    public static <T> T read(Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (Refused refused) {
            Messages.error(refused.getMessage());
            return otherwise;
        }
    }

    /**
     * Takes the step; when done, shows what {@code step} says it did on the page {@code next} (redirected, so that a
     * reload does not post again); when refused, stays on the form with the reason (null: no navigation).
     */
    public static String step(Supplier<String> step, String next) {
        return step(step, done -> done, done -> next);
    }

    /** As {@link #step(Supplier, String)}, for a step whose result says what was done and which page shows it. */
    public static <T> String step(Supplier<T> step, Function<T, String> done, Function<T, String> next) {
        try {
            T result = step.get();
            Messages.done(done.apply(result));
            String page = next.apply(result);
            return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
        } catch (Refused refused) {
            Messages.error(refused.getMessage());
            return null;
        }
    }
}
