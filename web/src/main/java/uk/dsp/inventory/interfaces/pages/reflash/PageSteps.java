package uk.dsp.inventory.interfaces.pages.reflash;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.interfaces.pages.Messages;

/** What every re-flash page does with the facades: a refusal becomes the message at the page's top, never an error page. */
final class PageSteps {

    private PageSteps() {}

    /** What {@code read} answers, or {@code otherwise} with the refusal shown. */
    static <T> T read(Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (Refused refused) {
            Messages.error(refused.getMessage());
            return otherwise;
        }
    }

    /**
     * Takes the step; when done, shows what {@code step} says it did on the page {@code next} (redirected, so that a
     * reload does not post again); when refused, stays on the form with the reason.
     */
    static String step(Supplier<String> step, String next) {
        try {
            Messages.done(step.get());
            return next + (next.contains("?") ? "&" : "?") + "faces-redirect=true";
        } catch (Refused refused) {
            Messages.error(refused.getMessage());
            return null;
        }
    }

    /**
     * The ID a page shows, from the request: the link's query or, on a form's post, the form's own field (a
     * request-scoped page would not have it yet when Faces decides which forms to process).
     */
    static Long id() {
        String text = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }
}
