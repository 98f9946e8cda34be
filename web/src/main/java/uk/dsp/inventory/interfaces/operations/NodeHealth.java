package uk.dsp.inventory.interfaces.operations;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /dsp/health}: 200 while this node takes work, for a load balancer's health check. It asks nothing of the
 * database (an outage is every node's, and each interface answers it with 503 itself); a node that is suspended for a
 * graceful stop answers 503 before the request reaches here, so the balancer sends it no more work.
 */
@WebServlet("/health")
public class NodeHealth extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("UP\n");
    }
}
