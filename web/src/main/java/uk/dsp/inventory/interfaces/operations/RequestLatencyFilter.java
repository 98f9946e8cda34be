package uk.dsp.inventory.interfaces.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every request's latency, by endpoint and status class ({@link HttpMeters}). A
 * request its endpoint refused counts as 4xx whatever its HTTP status: SOAP 1.1 sends CSPM-N3's refusals as faults
 * under HTTP 500, and they are the caller's errors, not the server's.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLatencyFilter extends HttpFilter {

    /** The request attribute by which an endpoint says it refused the request (any value). */
    public static final String REFUSED = "uk.dsp.inventory.refused";

    @Inject
    HttpMeters meters;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String status = "5xx"; // unless the chain returns: an exception escaping it becomes a server error
        try {
            chain.doFilter(request, response);
            status = request.getAttribute(REFUSED) != null ? "4xx" : response.getStatus() / 100 + "xx";
        } finally {
            meters.record(
                    request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()),
                    status,
                    start);
        }
    }
}
