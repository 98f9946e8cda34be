package uk.dsp.inventory.users.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.platform.mail.MailStates;
import uk.dsp.inventory.platform.persistence.SqlInstants;
import uk.dsp.inventory.users.control.MailToParty;

/**
 * The delivery states of the mails to a party's people (incidents, re-flash): QUEUED when the step that tells of them
 * commits, SENT once mailed, FAILED when every attempt failed. Administrators list them, e.g. the failed ones.
 */
@Stateless
@LocalBean
@Local(MailStates.class)
public class PartyMails implements MailStates {

    private static final int MAX_FAILURE = 300;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    /** One mail as its keeper shows it. */
    public record PartyMail(
            String messageId,
            String about,
            String partyId,
            String recipients,
            String subject,
            String status,
            String failure,
            Instant queuedAt,
            Instant sentAt) {}

    @Override
    public String keeper() {
        return MailToParty.KEEPER;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean startSending(String messageId) {
        return em.createNativeQuery("update party_mail set status = 'SENT', sent_at = ?1, failure = null"
                                + " where message_id = ?2 and status = 'QUEUED'")
                        .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC))
                        .setParameter(2, messageId)
                        .executeUpdate()
                == 1;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(String messageId, String reason) {
        em.createNativeQuery("update party_mail set status = 'FAILED', failure = ?1"
                        + " where message_id = ?2 and status = 'QUEUED'")
                .setParameter(
                        1, reason == null || reason.length() <= MAX_FAILURE ? reason : reason.substring(0, MAX_FAILURE))
                .setParameter(2, messageId)
                .executeUpdate();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void requeue(String messageId) {
        em.createNativeQuery("update party_mail set status = 'QUEUED' where message_id = ?1 and status = 'FAILED'")
                .setParameter(1, messageId)
                .executeUpdate();
    }

    @Override
    public long failed() {
        return ((Number) em.createNativeQuery("select count(*) from party_mail where status = 'FAILED'")
                        .getSingleResult())
                .longValue();
    }

    /** Newest first; {@code status} and {@code partyId} are filters when not null. */
    public List<PartyMail> list(String status, String partyId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select message_id, about, party_id, recipients, subject, status,"
                        + " failure, queued_at, sent_at from party_mail where (cast(?1 as varchar) is null or status = ?1)"
                        + " and (cast(?2 as varchar) is null or party_id = ?2) order by queued_at desc, message_id"
                        + " limit ?3")
                .setParameter(1, status)
                .setParameter(2, partyId)
                .setParameter(3, limit)
                .getResultList();
        List<PartyMail> mails = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            mails.add(new PartyMail(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    SqlInstants.of(row[7]),
                    SqlInstants.of(row[8])));
        }
        return mails;
    }
}
