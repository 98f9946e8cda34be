package uk.dsp.inventory.returns.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dsp.inventory.platform.mail.MailStates;
import uk.dsp.inventory.returns.control.CspNoticeRecords;
import uk.dsp.inventory.returns.control.CspReturnMail;

/**
 * The CSP notices of returns and their delivery states: QUEUED when recorded with the returns records, SENT once
 * mailed, FAILED when every attempt failed. Administrators list them, e.g. the failed ones.
 */
@Stateless
@LocalBean
@Local(MailStates.class)
public class CspNotices implements MailStates {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Override
    public String keeper() {
        return CspReturnMail.KEEPER;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean startSending(String key) {
        String[] notice = key.split(" ", 2);
        return new CspNoticeRecords(em).markSent(notice[1], notice[0]);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(String key, String reason) {
        String[] notice = key.split(" ", 2);
        new CspNoticeRecords(em).markFailed(notice[1], notice[0], reason);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void requeue(String key) {
        String[] notice = key.split(" ", 2);
        new CspNoticeRecords(em).requeue(notice[1], notice[0]);
    }

    @Override
    public long failed() {
        return new CspNoticeRecords(em).failed();
    }

    public List<CspNoticeRecords.Notice> list(String status, String cspPartyId, int limit) {
        return new CspNoticeRecords(em).list(status, cspPartyId, limit);
    }
}
