package uk.dsp.inventory.users.boundary;

import java.time.Instant;
import uk.dsp.inventory.dcc.PartyMember;

/**
 * The outcome of a sign-in: the member, or why not. A wrong password and an unknown name look the same to the
 * caller; a lock says until when, so its owner knows to wait or call the service desk.
 */
public record SignInResult(PartyMember member, int failures, Instant lockedUntil) {

    public static SignInResult signedIn(PartyMember member) {
        return new SignInResult(member, 0, null);
    }

    public boolean succeeded() {
        return member != null;
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
