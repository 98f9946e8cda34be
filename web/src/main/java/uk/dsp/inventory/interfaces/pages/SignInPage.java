package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.interfaces.selfservice.FailurePause;
import uk.dsp.inventory.users.boundary.SignIn;
import uk.dsp.inventory.users.boundary.SignInResult;

/**
 * The sign-in form. A success gets a new session ID (no fixation) and goes where the person was going, within our
 * pages only; a failure gets one message for a wrong name or password alike, after a pause; a lock says until when.
 */
@Named
@RequestScoped
public class SignInPage {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    @EJB
    SignIn signIn;

    @Inject
    SignedInUser user;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInResult result = signIn.signIn(username, password, request.getRemoteAddr());
        password = null;
        if (result.succeeded()) {
            request.changeSessionId();
            request.getSession().setMaxInactiveInterval(SessionTimeout.seconds());
            user.signedIn(result.member());
            external.redirect(external.getRequestContextPath() + destination(result.member()));
            return;
        }
        if (result.locked()) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Too many failed sign-ins from your address: try again after "
                                    + TIME.format(result.lockedUntil())
                                    + ", or ask the DCC service desk to unlock you.",
                            null));
            return;
        }
        FailurePause.after(result.failures());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Wrong user name or password.", null));
    }

    /** Only a path of our own pages: never another site (an open redirect). */
    private String destination(PartyMember member) {
        if (next != null
                && next.matches("/(ssi|ssmi)/[A-Za-z0-9_./-]*\\.xhtml(\\?[A-Za-z0-9_=&%.-]*)?")
                && !next.contains("..")) {
            return next;
        }
        return MenuPage.landing(member);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
