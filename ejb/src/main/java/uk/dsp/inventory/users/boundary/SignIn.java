package uk.dsp.inventory.users.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.parties.control.PasswordHasher;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.platform.logging.LogSafe;
import uk.dsp.inventory.users.control.LoginThrottle;
import uk.dsp.inventory.users.control.PartyKinds;
import uk.dsp.inventory.users.entity.PartyUser;

/**
 * Checks a user name and password, for the sign-in form and for HTTP Basic on the JSON API alike, under one
 * throttle: a name locked from an address is refused there without its password being checked.
 */
@Stateless
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    public SignInResult signIn(String username, String password, String source) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()
                || name.length() > 64
                || name.chars().anyMatch(Character::isISOControl)
                || password == null) {
            return new SignInResult(null, 0, null);
        }
        Optional<LoginThrottle.Tally> tally = throttle.tally(name, source);
        if (tally.filter(counted -> counted.lockedAt(now)).isPresent()) {
            return new SignInResult(
                    null, LoginThrottle.MAX_FAILURES, tally.get().lockedUntil());
        }
        PartyUser user = em.find(PartyUser.class, name);
        if (user != null && user.enabled() && hasher.matches(password, user.passwordHash())) {
            if (tally.isPresent()) {
                throttle.succeeded(name, source); // written only where failures were counted
            }
            Party party = em.find(Party.class, user.partyId());
            return SignInResult.signedIn(new PartyMember(name, party.partyId(), PartyKinds.of(party), user.roles()));
        }
        int failures = throttle.failed(name, source, now);
        if (failures >= LoginThrottle.MAX_FAILURES) {
            LOG.warning("Sign-in for " + LogSafe.text(name) + " locked from " + source + " for "
                    + LoginThrottle.LOCK.toMinutes() + " minutes after " + failures + " failures");
            return new SignInResult(null, failures, now.plus(LoginThrottle.LOCK));
        }
        return new SignInResult(null, failures, null);
    }

    /** The member a user name stands for now (roles may have changed since sign-in), if it still may sign in. */
    public Optional<PartyMember> current(String username) {
        PartyUser user = em.find(PartyUser.class, username);
        if (user == null || !user.enabled()) {
            return Optional.empty();
        }
        Party party = em.find(Party.class, user.partyId());
        return Optional.of(new PartyMember(username, party.partyId(), PartyKinds.of(party), user.roles()));
    }
}
