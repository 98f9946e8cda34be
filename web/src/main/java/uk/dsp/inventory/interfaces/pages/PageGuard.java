package uk.dsp.inventory.interfaces.pages;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;

/**
 * In front of every page: the security headers; 413 for a form larger than the pages take; the sign-in page for
 * someone not signed in; 403 in the SSMI for
 * anyone but a DCC operator; and 403 for a form whose view state is not one this session was given (an expired
 * session, or a forged cross-site post), instead of the server error Faces would make of it, or that has none at all
 * (which Faces would take for a first visit, answering 200 and changing nothing); and 503 with
 * Retry-After while the database is unavailable, as every other interface answers.
 */
@WebFilter(urlPatterns = {"/ssi/*", "/ssmi/*"})
public class PageGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageGuard.class.getName());
    static final String SIGN_IN = "/ssi/sign-in.xhtml";
    /**
     * The Faces servlet's multipart limit (web.xml): a larger form is answered 413 here, before the container's
     * multipart parser would fail on it as a server error.
     */
    static final long MAX_FORM_BYTES = 8L * 1024 * 1024;

    @Inject
    SignedInUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none';"
                        + " form-action 'self'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        if (request.getContentLengthLong() > MAX_FORM_BYTES) {
            discardBody(request);
            response.sendError(
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "a form with its files may be at most " + MAX_FORM_BYTES / (1024 * 1024) + " MiB");
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean open = path.equals(SIGN_IN) || path.startsWith("/ssi/jakarta.faces.resource/");
        if (!open && !user.isPresent()) {
            String next =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(
                    request.getContextPath() + SIGN_IN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith("/ssmi/") && !user.isOperator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the SSMI is for DCC operators");
            return;
        }
        // a Faces page's form carries its view state; the one plain form, the sign-out, a token of its own (SignOut)
        if (path.endsWith(".xhtml") && postedWithoutViewState(request)) {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    "this form was not sent from our page (it has no view state): reload the page and try again");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (causedBy(e, ViewExpiredException.class) && !response.isCommitted()) {
                response.sendError(
                        HttpServletResponse.SC_FORBIDDEN,
                        "this form is no longer valid (the session expired, or it was not sent from our page):"
                                + " reload the page and try again");
                return;
            }
            if (DatabaseUnavailable.causedBy(e) && !response.isCommitted()) {
                LOG.warning(() -> "Page request refused with 503: " + DatabaseUnavailable.REASON);
                response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.REASON);
                return;
            }
            throw e;
        }
    }

    /**
     * A URL-encoded form post without Faces' view state (a multipart one is the file upload's, whose parts Faces reads
     * itself). Its parameters are read in UTF-8, the pages' own, as Faces would read them.
     */
    private static boolean postedWithoutViewState(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return request.getParameter("jakarta.faces.ViewState") == null;
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the form to its end first: a server that answers and closes with a body still unread resets the
     * connection, and the browser shows that instead of the answer. The container's own request limit (above ours)
     * ends a longer one.
     */
    private static void discardBody(HttpServletRequest request) {
        try (InputStream body = request.getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException beyondTheContainersLimit) {
            LOG.fine(() -> "an oversized form not read to its end: " + beyondTheContainersLimit.getMessage());
        }
    }
}
