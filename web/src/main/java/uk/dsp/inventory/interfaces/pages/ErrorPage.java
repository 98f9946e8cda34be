package uk.dsp.inventory.interfaces.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * What the error page says for a status: a heading and a sentence of our own. The reason given with the status is
 * shown only where it is ours to give (a refusal, a form too large, the database down); for a page not found or a
 * failure the server's and the framework's text stays out of sight.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** Statuses whose reason the product itself gave (PageGuard, the CSV downloads), in words a person can use. */
    private static final Set<Integer> OWN_REASONS = Set.of(400, 403, 413, 503);

    private int status;
    private String reason;

    static ErrorPage of(HttpServletRequest request) {
        ErrorPage page = new ErrorPage();
        page.read(request);
        return page;
    }

    private void read(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer number ? number : 500;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        reason = OWN_REASONS.contains(status)
                        && message != null
                        && !message.toString().isBlank()
                ? message.toString()
                : null;
    }

    /** Read from the request the server forwarded, once per page. */
    private ErrorPage current() {
        if (status == 0) {
            read((HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return this;
    }

    public int getStatus() {
        return current().status;
    }

    public String getHeading() {
        return switch (current().status) {
            case 400 -> "This request could not be used";
            case 403 -> "You cannot use this page";
            case 404 -> "Page not found";
            case 405 -> "This page cannot be used that way";
            case 413 -> "What you sent is too large";
            case 503 -> "Sorry, the service is unavailable";
            default -> "Sorry, there is a problem with the service";
        };
    }

    /** The reason in sentence case, or what a person should do when the reason is not ours to show. */
    public String sentence() {
        current();
        if (reason != null) {
            String text = PageMessages.sentence(reason);
            return text.endsWith(".") ? text : text + ".";
        }
        return switch (status) {
            case 404 -> "If you typed the address, check it is correct. If you followed a link, it may be out of date.";
            case 405 -> "Go back to the page you came from and use its buttons.";
            default ->
                "Nothing you sent was changed. Try again later; if it keeps happening, tell the DCC service"
                        + " desk when it happened.";
        };
    }

    public String getSentence() {
        return sentence();
    }
}
