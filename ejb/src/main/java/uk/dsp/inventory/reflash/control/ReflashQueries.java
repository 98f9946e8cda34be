package uk.dsp.inventory.reflash.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.reflash.entity.ItemStatus;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.WorkOrderStatus;
import uk.dsp.inventory.smi.entity.Device;

/** The reads every re-flash step shares: devices and items in one query each, locked where the step changes them. */
@Dependent
public class ReflashQueries {

    /** PostgreSQL takes at most 32,767 parameters a statement; a CH is two of them when its GPF comes too. */
    private static final int CHUNK = 10_000;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    /** The devices among {@code ids}, locked: a CH's steps and the SMI's own requests for it take turns. */
    public Map<Long, Device> devicesLocked(Collection<Long> ids) {
        return inChunks(
                        ids,
                        chunk -> em.createQuery("select d from Device d where d.deviceId in :ids", Device.class)
                                .setParameter("ids", chunk)
                                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(d -> d.deviceId().value(), Function.identity()));
    }

    /** The CHF and its GPF of each CH, locked. */
    public Map<Long, Device> hubsLocked(Collection<Long> chfIds) {
        Map<Long, Device> chfs = devicesLocked(chfIds);
        Set<Long> gpfs = chfs.values().stream()
                .filter(d -> d.gpfDeviceId() != null)
                .map(d -> d.gpfDeviceId().value())
                .collect(Collectors.toSet());
        Map<Long, Device> both = new java.util.HashMap<>(chfs);
        both.putAll(devicesLocked(gpfs));
        return both;
    }

    /** Of {@code chfIds}, those in an open re-flash. */
    public Set<Long> inOpenReflash(Collection<Long> chfIds) {
        return new HashSet<>(inChunks(
                chfIds,
                chunk -> em.createQuery(
                                "select i.deviceId from ReflashItem i where i.deviceId in :ids and i.status in :open",
                                Long.class)
                        .setParameter("ids", chunk)
                        .setParameter("open", ItemStatus.OPEN)
                        .getResultList()));
    }

    /**
     * Of {@code chfIds}, those its CSP holds for re-flash: received or re-flashed in a work order still OPEN, the only
     * time the SMI takes a new firmware version of it as a re-flash's. Locked.
     */
    public Map<Long, ReflashItem> atCspLocked(Collection<Long> chfIds) {
        return inChunks(
                        chfIds,
                        chunk -> em.createQuery(
                                        "select i from ReflashItem i, WorkOrder w where i.workOrderId = w.id"
                                                + " and i.deviceId in :ids and i.status in :atCsp and w.status = :open",
                                        ReflashItem.class)
                                .setParameter("ids", chunk)
                                .setParameter("atCsp", List.of(ItemStatus.RECEIVED, ItemStatus.REFLASHED))
                                .setParameter("open", WorkOrderStatus.OPEN)
                                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                                .getResultList())
                .stream()
                .collect(Collectors.toMap(i -> i.deviceId().value(), Function.identity()));
    }

    /** One query per {@link #CHUNK} of the distinct {@code ids}, their results together. */
    private static <T> List<T> inChunks(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = List.copyOf(new HashSet<>(ids));
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }

    /**
     * A keyset page, newest first, of requests or work orders (entities with a numeric {@code id}), kept to one
     * owning party ({@code ownerField}) and one status where given.
     */
    public <T> List<T> newestFirst(
            Class<T> type, String ownerField, String owner, Enum<?> status, Long before, int limit) {
        StringBuilder jpql = new StringBuilder("select e from " + type.getSimpleName() + " e where e.id < :before");
        if (owner != null) {
            jpql.append(" and e.").append(ownerField).append(" = :owner");
        }
        if (status != null) {
            jpql.append(" and e.status = :status");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(" order by e.id desc").toString(), type)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(limit);
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /**
     * A request or work order as {@code member} may have it: its owning party's people see and change it (those with
     * the role {@code requireRole} checks), DCC Logistics sees it; to anyone else it is "not found", as if it did not
     * exist. Locked when it is to change, so that two people acting at once take turns.
     */
    public <T> T owned(
            Class<T> type,
            long id,
            boolean toChange,
            PartyMember member,
            Consumer<PartyMember> requireRole,
            Function<T, String> owner,
            String notFound) {
        boolean logistics = ReflashAccess.isLogistics(member);
        if (!logistics || toChange) {
            requireRole.accept(member);
        }
        T found = toChange ? em.find(type, id, LockModeType.PESSIMISTIC_WRITE) : em.find(type, id);
        if (found == null || !(owner.apply(found).equals(member.partyId()) || logistics && !toChange)) {
            throw Refused.notFound(notFound);
        }
        return found;
    }

    /** How many CHs each of these requests holds, in one query. */
    public Map<Long, Long> itemCounts(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select i.requestId, count(i) from ReflashItem i where i.requestId in :ids group by i.requestId",
                        Object[].class)
                .setParameter("ids", requestIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    public List<ReflashItem> itemsOfRequest(long requestId) {
        return em.createQuery(
                        "select i from ReflashItem i where i.requestId = :id order by i.deviceId", ReflashItem.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    public List<ReflashItem> itemsOfWorkOrder(long workOrderId) {
        return em.createQuery(
                        "select i from ReflashItem i where i.workOrderId = :id order by i.deviceId", ReflashItem.class)
                .setParameter("id", workOrderId)
                .getResultList();
    }
}
