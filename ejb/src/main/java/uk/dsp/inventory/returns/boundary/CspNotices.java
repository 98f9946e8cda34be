package uk.dsp.inventory.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dsp.inventory.returns.control.CspNoticeRecords;
import uk.dsp.inventory.returns.control.CspReturnNotice;

/**
 * The CSP notices of returns and their delivery states: QUEUED when recorded with the returns records, SENT once
 * mailed, FAILED when every attempt failed. Administrators list them, e.g. the failed ones.
 */
@Stateless
public class CspNotices {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    /** In the delivery's transaction: true when this delivery is the one to mail it (it was QUEUED). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean startSending(CspReturnNotice notice) {
        return new CspNoticeRecords(em).markSent(notice.requestId(), notice.cspPartyId());
    }

    /** In the delivery's transaction: a notice that no attempt could deliver, such as one to a CSP without email. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void failNow(CspReturnNotice notice, String reason) {
        new CspNoticeRecords(em).markFailed(notice.requestId(), notice.cspPartyId(), reason);
    }

    /** After the last delivery attempt rolled back, sending the message to the DLQ. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(String requestId, String cspPartyId, String reason) {
        new CspNoticeRecords(em).markFailed(requestId, cspPartyId, reason);
    }

    public List<CspNoticeRecords.Notice> list(String status, String cspPartyId, int limit) {
        return new CspNoticeRecords(em).list(status, cspPartyId, limit);
    }
}
