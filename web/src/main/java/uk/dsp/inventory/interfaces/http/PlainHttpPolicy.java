package uk.dsp.inventory.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Plain HTTP carries no one's secrets: a request that did not come over TLS is sent to the same address on the
 * people's HTTPS listener (308, which keeps the method and body), unless {@code dsp.plain-http} ({@code DSP_PLAIN_HTTP})
 * is {@code loopback} and the caller is this machine (development: {@code run.sh} and the tests set it, so that the
 * DCC's own tools work unchanged against a local system). The balancer's health check stays on HTTP.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PlainHttpPolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SETTING = "dsp.plain-http";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    private static final String PEOPLES_LISTENER = "jboss.as:socket-binding-group=*,socket-binding=https-people";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || allowedInClear(request)) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(308);
        response.setHeader(
                "Location",
                "https://" + request.getServerName() + ":" + httpsPort() + request.getRequestURI()
                        + (query == null ? "" : "?" + query));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("This service is served over HTTPS only.\n");
    }

    private static boolean allowedInClear(HttpServletRequest request) {
        return "/health".equals(request.getServletPath()) || developmentOnLoopback(request);
    }

    /** A caller on this machine while {@code DSP_PLAIN_HTTP=loopback}: development, and the DCC's tools run locally. */
    public static boolean developmentOnLoopback(HttpServletRequest request) {
        return "loopback".equals(System.getProperty(SETTING, "off")) && LOOPBACK.contains(request.getRemoteAddr());
    }

    /** The port people reach HTTPS at: DSP_HTTPS_PORT behind a balancer, else the people's listener's own. */
    private static String httpsPort() {
        String configured = System.getProperty("dsp.https.port", "");
        if (!configured.isBlank()) {
            return configured;
        }
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            ObjectName binding = server.queryNames(new ObjectName(PEOPLES_LISTENER), null)
                    .iterator()
                    .next();
            return String.valueOf(server.getAttribute(binding, "boundPort"));
        } catch (JMException | RuntimeException e) {
            throw new IllegalStateException(
                    "the people's HTTPS listener (socket binding https-people) is not bound", e);
        }
    }
}
