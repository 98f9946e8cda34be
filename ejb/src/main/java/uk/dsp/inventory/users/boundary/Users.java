package uk.dsp.inventory.users.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.dsp.inventory.dcc.DspParty;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.parties.control.DspPartyRow;
import uk.dsp.inventory.parties.control.PasswordHasher;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.users.control.LoginThrottle;
import uk.dsp.inventory.users.control.NewUser;
import uk.dsp.inventory.users.control.PartyKinds;
import uk.dsp.inventory.users.control.UserProblem;
import uk.dsp.inventory.users.control.UserRules;
import uk.dsp.inventory.users.entity.PartyUser;

/** A party's users, added by the administrator (admin API) or a DCC operator (SSMI), and their unlocking. */
@Stateless
public class Users {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    DspPartyRow dspParty;

    public UserView add(String partyId, NewUser user) {
        Party party = partyOrDsp(partyId);
        UserRules.checkUsername(user.username());
        UserRules.checkPassword(user.password());
        String email = UserRules.email(user.email());
        var roles = UserRules.roles(user.roles(), PartyKinds.of(party));
        if (em.find(PartyUser.class, user.username()) != null) {
            throw new Refused(UserProblem.ALREADY_EXISTS, "user " + user.username() + " exists already");
        }
        Instant now = Instant.now();
        PartyUser added = new PartyUser(user.username(), party.partyId(), hasher.hash(user.password()), now);
        added.describe(email, roles, now);
        em.persist(added);
        em.flush();
        return view(added, party);
    }

    /** The roles a user of this party may hold, which follow from the kind of party it is. */
    public Set<UserRole> grantable(String partyId) {
        return PartyKinds.of(partyOrDsp(partyId)).grantable();
    }

    public List<UserView> ofParty(String partyId) {
        Party party = partyOrDsp(partyId);
        return em
                .createQuery("select u from PartyUser u where u.partyId = :party order by u.username", PartyUser.class)
                .setParameter("party", party.partyId())
                .getResultList()
                .stream()
                .map(user -> view(user, party))
                .toList();
    }

    /** Lifts every lock on the name; answers the user as it now is. */
    public UserView unlock(String username) {
        PartyUser user = UserRules.isUsername(username) ? em.find(PartyUser.class, username) : null;
        if (user == null) {
            throw new Refused(UserProblem.UNKNOWN_USER, "no user " + username);
        }
        throttle.unlock(username);
        return view(user, em.find(Party.class, user.partyId()));
    }

    /** The party, or for the DSP's own ID its row: DCC operators belong to the DSP. */
    private Party partyOrDsp(String partyId) {
        Party party = partyId == null || !Eui64.isValid(partyId) ? null : em.find(Party.class, partyId);
        if (party == null && DspParty.id().equals(partyId)) {
            party = dspParty.get();
        }
        if (party == null) {
            throw new Refused(UserProblem.UNKNOWN_PARTY, "no party " + partyId + " is registered");
        }
        return party;
    }

    private UserView view(PartyUser user, Party party) {
        MemberKind kind = PartyKinds.of(party);
        return new UserView(
                user.username(),
                user.partyId(),
                kind.name(),
                user.email(),
                user.roles().stream().map(Enum::name).toList(),
                throttle.lockedSources(user.username(), Instant.now()));
    }
}
