package uk.dsp.inventory.users.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.platform.mail.Mailer;
import uk.dsp.inventory.platform.mail.OutgoingMail;

/**
 * Mails a party's people about a kind of work, in the caller's transaction: its enabled users with the role for that
 * work and an address, or else the party's contact address in the registry. A party with neither is not mailed, and
 * the log says so. Each mail's delivery state is kept (users.boundary.PartyMails, the keeper {@value #KEEPER}), so
 * that one that failed is seen and sent again.
 */
@Dependent
public class MailToParty {

    /** The keeper of the mails' delivery states. */
    public static final String KEEPER = "party-mail";

    private static final Logger LOG = Logger.getLogger(MailToParty.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    Mailer mailer;

    /** {@code about} names the step's subject for the log: "incident 12", "work order W-…". */
    public void send(String about, String partyId, UserRole role, String subject, String body) {
        List<String> to = addresses(partyId, role);
        if (to.isEmpty()) {
            LOG.warning(() -> "The mail about " + about + ": party " + partyId
                    + " has no e-mail address (neither its users with " + role + " nor the registry): not mailed");
            return;
        }
        OutgoingMail mail = OutgoingMail.trackedById("The mail about " + about, to, subject, body, KEEPER);
        em.createNativeQuery("insert into party_mail (message_id, about, party_id, recipients, subject, status,"
                        + " queued_at) values (?1, left(?2, 300), ?3, left(?4, 2000), left(?5, 300), 'QUEUED', ?6)")
                .setParameter(1, mail.messageId())
                .setParameter(2, about)
                .setParameter(3, partyId)
                .setParameter(4, String.join(", ", to))
                .setParameter(5, subject)
                .setParameter(6, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        mailer.send(mail, Map.of("partyId", partyId));
    }

    private List<String> addresses(String partyId, UserRole role) {
        List<String> users = new ArrayList<>();
        for (Object email : em.createNativeQuery("select email from party_user where party_id = ?1 and enabled"
                        + " and email is not null and roles like ?2 order by username")
                .setParameter(1, partyId)
                .setParameter(2, "%" + role.name() + "%")
                .getResultList()) {
            users.add(String.valueOf(email));
        }
        if (!users.isEmpty()) {
            return users;
        }
        Party party = em.find(Party.class, partyId);
        return party == null || party.email() == null ? List.of() : List.of(party.email());
    }
}
