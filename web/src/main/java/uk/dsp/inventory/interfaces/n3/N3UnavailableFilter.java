package uk.dsp.inventory.interfaces.n3;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;

/**
 * A CSPM-N3 call refused because the database is out of reach answers HTTP 503 with Retry-After, not the 500 that
 * SOAP 1.1 gives every fault: the endpoint marks the request, and this filter changes the status as the server's
 * SOAP stack sets it. The body stays the SOAP fault with its reason.
 */
@WebFilter(servletNames = "CspmN3")
public class N3UnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String DATABASE_UNAVAILABLE = N3UnavailableFilter.class.getName() + ".databaseUnavailable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                if (status == SC_INTERNAL_SERVER_ERROR && request.getAttribute(DATABASE_UNAVAILABLE) != null) {
                    super.setStatus(SC_SERVICE_UNAVAILABLE);
                    super.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                } else {
                    super.setStatus(status);
                }
            }
        });
    }
}
