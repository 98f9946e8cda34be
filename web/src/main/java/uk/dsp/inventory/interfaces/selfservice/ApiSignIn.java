package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.interfaces.http.BasicCredentials;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.users.boundary.SignIn;
import uk.dsp.inventory.users.boundary.SignInResult;

/**
 * The JSON API's sign-in: every call names a user with HTTP Basic and is answered as that party member, under the
 * same throttle as the sign-in form. A wrong password answers 401 after a pause that grows with the failures; a lock
 * answers 429 with Retry-After. The API keeps no session: it is not reachable with a browser's cookie, so it needs no
 * CSRF token.
 */
@ApplicationScoped
public class ApiSignIn {

    private static final String CHALLENGE = "Basic realm=\"DSP Self-Service\", charset=\"UTF-8\"";

    @EJB
    SignIn signIn;

    /** The party member whose name and password the call carries. */
    public PartyMember member(HttpServletRequest request) {
        BasicCredentials credentials = BasicCredentials.fromHeader(request.getHeader(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> unauthorized("a user's name and password are needed (HTTP Basic)"));
        SignInResult result = signIn.signIn(credentials.user(), credentials.password(), request.getRemoteAddr());
        if (result.succeeded()) {
            return result.member();
        }
        if (result.locked()) {
            long seconds = Math.max(
                    1, Duration.between(Instant.now(), result.lockedUntil()).toSeconds());
            throw new WebApplicationException(Response.fromResponse(ErrorBody.response(
                            429,
                            "too many failed sign-ins from your address: locked until " + result.lockedUntil()
                                    + " (a DCC operator can unlock it)"))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build());
        }
        FailurePause.after(result.failures());
        throw unauthorized("wrong user name or password");
    }

    /** As {@link #member}, where only a user with {@code role} may go on: anyone else is refused (403). */
    public PartyMember memberWithRole(HttpServletRequest request, UserRole role) {
        PartyMember member = member(request);
        if (!member.may(role)) {
            throw Refused.forbidden("your roles include no " + role);
        }
        return member;
    }

    private static WebApplicationException unauthorized(String message) {
        return new WebApplicationException(
                Response.fromResponse(ErrorBody.response(Response.Status.UNAUTHORIZED, message))
                        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                        .build());
    }
}
