package uk.dsp.inventory.interfaces.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out ends the session: its member and every view it held. A plain form's POST with the session's own
 * token, not a Faces form: a Faces form in the layout made every page a stateful view, so that each GET of a list
 * saved a view into the session (and, in a cluster, sent it to the other nodes). Without the token (a page of
 * another site posting here) it is refused and the session stays.
 */
@WebServlet("/ssi/sign-out")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.isPresent() || !user.isSignOutToken(request.getParameter("token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "this sign-out did not come from this session's page");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + PageGuard.SIGN_IN);
    }
}
