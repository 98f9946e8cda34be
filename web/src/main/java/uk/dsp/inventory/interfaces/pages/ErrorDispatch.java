package uk.dsp.inventory.interfaces.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uk.dsp.inventory.interfaces.http.JsonOutput;

/**
 * Where the server sends every error it answers by status alone (web.xml's error pages): a person gets the page in
 * the pages' own layout with a way home, a program calling an API gets one JSON object with the message, as the
 * APIs' own refusals are, and neither ever sees the framework's or the server's own text.
 */
@WebServlet(urlPatterns = ErrorDispatch.PATH)
public class ErrorDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/error";
    private static final String PAGE = "/ssi/problem.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = uri.toString()
                .substring(Math.min(
                        request.getContextPath().length(), uri.toString().length()));
        if (path.startsWith("/api/") || path.startsWith("/cspm/")) {
            ErrorPage problem = ErrorPage.of(request);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(JsonOutput.object()
                            .add("error", problem.sentence())
                            .build()
                            .toString());
            return;
        }
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
