package uk.dsp.inventory.returns.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dsp.inventory.dcc.AuditedServiceRequest;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.platform.messaging.Outbox;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.returns.control.AcceptedReturns;
import uk.dsp.inventory.returns.control.CommsHubReturnCheck;
import uk.dsp.inventory.returns.control.ReturnDecision;
import uk.dsp.inventory.returns.control.ReturnableHub;
import uk.dsp.inventory.returns.control.ReturnedDevices;
import uk.dsp.inventory.returns.control.ReturnsRequest;
import uk.dsp.inventory.returns.control.ReturnsResult;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnOutcome;

/**
 * SR 8.14.3 and 8.14.4, single and bulk, in one transaction: every CH checked, the accepted
 * ones (CHF and GPF) set to Returned, the Service Audit Trail written, and the DSMS work written to the outbox.
 * All of it commits in one local database transaction, so an accepted return is never lost and never opened twice.
 */
@Stateless
public class ReturnsFacade {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @EJB
    Outbox outbox;

    private final CommsHubReturnCheck check = new CommsHubReturnCheck();

    @AuditedServiceRequest
    public ReturnsResult returnCommsHubs(ServiceUserRequest request, ReturnsRequest returns) {
        Instant now = Instant.now();
        Map<Long, ReturnableHub> devices = lockedDevices(returns.returns());
        Map<Long, Long> occurrences = returns.returns().stream()
                .collect(Collectors.groupingBy(r -> r.deviceId().value(), Collectors.counting()));
        List<ReturnDecision> decisions = new ArrayList<>(returns.returns().size());
        List<AcceptedReturns.Line> accepted = new ArrayList<>();
        for (CommsHubReturn hubReturn : returns.returns()) {
            long id = hubReturn.deviceId().value();
            ReturnableHub chf = devices.get(id);
            ReturnOutcome outcome = check.decide(hubReturn, chf, request.originator(), occurrences.get(id) > 1);
            decisions.add(new ReturnDecision(hubReturn.deviceId(), outcome, hubReturn.returnType()));
            if (outcome == ReturnOutcome.ACCEPTED) {
                accepted.add(line(hubReturn, chf));
            }
        }
        if (!accepted.isEmpty()) {
            new ReturnedDevices(em).markReturned(accepted, now);
            outbox.send(
                    ServerResources.RETURNS_RECORDS_QUEUE,
                    new AcceptedReturns(
                            request.requestId().toString(),
                            request.originator().partyId(),
                            returns.variant().serviceReferenceVariant(),
                            now,
                            accepted),
                    Map.of("requestId", request.requestId().toString()));
        }
        return new ReturnsResult(returns.bulk(), decisions);
    }

    /**
     * Every device the request names, in one query, locked so that two requests cannot return one CH twice: the
     * columns the checks read, not entities. The IDs go as one array parameter, one statement whatever their number
     * (a JPQL {@code in} is a new one of up to 999 markers at every request, as PreNotifications found).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, ReturnableHub> lockedDevices(List<CommsHubReturn> returns) {
        Long[] ids = returns.stream().map(r -> r.deviceId().value()).distinct().toArray(Long[]::new);
        List<Object[]> rows = em.createNativeQuery(
                        "select " + ReturnableHub.COLUMNS + " from device where device_id = any (?1) for update")
                .setParameter(1, ids)
                .getResultList();
        Map<Long, ReturnableHub> found = new HashMap<>();
        for (Object[] row : rows) {
            ReturnableHub hub = ReturnableHub.of(row);
            found.put(hub.deviceId().value(), hub);
        }
        return found;
    }

    private static AcceptedReturns.Line line(CommsHubReturn r, ReturnableHub chf) {
        return new AcceptedReturns.Line(
                chf.deviceId().value(),
                chf.gpfDeviceId() == null ? null : chf.gpfDeviceId().value(),
                chf.cspRegion() == null ? null : chf.cspRegion().name(),
                chf.notifyingPartyId(),
                r.returnType(),
                r.faultReason(),
                r.connectionMethod(),
                r.incidentReference(),
                r.userRefId(),
                r.additionalInformation());
    }
}
