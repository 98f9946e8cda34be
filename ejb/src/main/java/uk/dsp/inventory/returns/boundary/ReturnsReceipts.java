package uk.dsp.inventory.returns.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.returns.control.ReturnsFilter;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * The CSP's side of returns: the CSP of a returned CH's region marks its returns record received when the CH
 * arrives, then closed, one CH at a time; the Service User's tracking shows it. A CSP sees and changes the records of
 * its own region only; another region's record is "not found", as if it did not exist.
 */
@Stateless
public class ReturnsReceipts {

    private static final Logger LOG = Logger.getLogger(ReturnsReceipts.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @EJB
    ReturnsTracking tracking;

    public List<ReturnsRecord> page(PartyMember member, ReturnsFilter filter) {
        return tracking.regionPage(regionOf(member), filter);
    }

    public ReturnsRecord receive(PartyMember member, long recordId) {
        ReturnsRecord record = ownRecord(member, recordId);
        if (!"OPEN".equals(record.status())) {
            throw Refused.conflict(
                    "record " + recordId + " is " + record.status() + ": only an OPEN record is received");
        }
        record.receive(member.username(), Instant.now());
        LOG.info(() -> "Returns record " + recordId + " (CH " + record.deviceId() + ") received by " + member.username()
                + " of " + member.partyId());
        return record;
    }

    public ReturnsRecord close(PartyMember member, long recordId) {
        ReturnsRecord record = ownRecord(member, recordId);
        if (!"RECEIVED".equals(record.status())) {
            throw Refused.conflict(
                    "record " + recordId + " is " + record.status() + ": only a RECEIVED record is closed");
        }
        record.close(member.username(), Instant.now());
        LOG.info(() -> "Returns record " + recordId + " (CH " + record.deviceId() + ") closed by " + member.username()
                + " of " + member.partyId());
        return record;
    }

    /**
     * The newest record of a CH of the CSP's region that is in {@code status}: how a CH scanned on arrival (its CHF
     * Device ID on the label) finds its record.
     */
    public long recordOf(PartyMember member, Eui64 deviceId, String status) {
        return em.createQuery(
                        "select r.recordId from ReturnsRecord r where r.cspRegion = :region and r.deviceId = :device"
                                + " and r.status = :status order by r.recordId desc",
                        Long.class)
                .setParameter("region", regionOf(member))
                .setParameter("device", deviceId.value())
                .setParameter("status", status)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        Refused.notFound("no " + status + " returns record of CH " + deviceId + " in your region"));
    }

    /** Locked, so that two people of the CSP acting at once take turns and the second sees the first's step. */
    private ReturnsRecord ownRecord(PartyMember member, long recordId) {
        return em.createQuery(
                        "select r from ReturnsRecord r where r.recordId = :id and r.cspRegion = :region",
                        ReturnsRecord.class)
                .setParameter("id", recordId)
                .setParameter("region", regionOf(member))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // only the CSP's own rows are ever locked
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Refused.notFound("no returns record " + recordId + " of your region's CHs"));
    }

    private String regionOf(PartyMember member) {
        if (member.kind() != MemberKind.CSP_STAFF || !member.may(UserRole.WORK_ORDERS)) {
            throw Refused.forbidden("returned CHs are received by a CSP's staff with WORK_ORDERS");
        }
        Party csp = em.find(Party.class, member.partyId());
        if (csp == null || csp.cspRegion() == null) {
            throw Refused.forbidden("your party has no CSP region");
        }
        return csp.cspRegion().name();
    }
}
