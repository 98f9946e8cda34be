package uk.dsp.inventory.users.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins per user name and source address. Five in a row lock that name from that address for 15
 * minutes. Attempts while locked are refused unchecked and do not renew the lock, and an address elsewhere is
 * not locked at all: a stranger who knows a user name can slow its owner down from his own address only.
 */
@Dependent
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    /** The failures counted for this name from this address, and the lock they led to, if any. */
    public record Tally(int failures, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** The name's tally from this address; none for nearly every sign-in, which has never failed there. */
    public Optional<Tally> tally(String username, String source) {
        List<?> rows = em.createNativeQuery(
                        "select failures, locked_until from login_failure where username = ?1 and source = ?2")
                .setParameter(1, username)
                .setParameter(2, source)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new Tally(((Number) cells[0]).intValue(), cells[1] == null ? null : instant(cells[1]));
        });
    }

    /** Counts a failure; returns the failures in a row from this address, the lock starting at the fifth. */
    public int failed(String username, String source, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Object failures = em.createNativeQuery("insert into login_failure (username, source, failures, last_failure)"
                        + " values (?1, ?2, 1, ?3) on conflict (username, source) do update set"
                        + " failures = case when login_failure.locked_until is not null"
                        + " then 1 else login_failure.failures + 1 end,"
                        + " locked_until = null, last_failure = ?3 returning failures")
                .setParameter(1, username)
                .setParameter(2, source)
                .setParameter(3, at)
                .getSingleResult();
        int count = ((Number) failures).intValue();
        if (count >= MAX_FAILURES) {
            em.createNativeQuery("update login_failure set locked_until = ?3 where username = ?1 and source = ?2")
                    .setParameter(1, username)
                    .setParameter(2, source)
                    .setParameter(3, at.plus(LOCK))
                    .executeUpdate();
        }
        return count;
    }

    /** Clears the failures counted before a success. */
    public void succeeded(String username, String source) {
        em.createNativeQuery("delete from login_failure where username = ?1 and source = ?2")
                .setParameter(1, username)
                .setParameter(2, source)
                .executeUpdate();
    }

    /** A DCC operator's unlock: every address's count and lock for this name. */
    public int unlock(String username) {
        return em.createNativeQuery("delete from login_failure where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    /** The addresses this name is locked from now. */
    public List<String> lockedSources(String username, Instant now) {
        List<String> sources = new ArrayList<>();
        for (Object source : em.createNativeQuery(
                        "select source from login_failure where username = ?1 and locked_until > ?2 order by source")
                .setParameter(1, username)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .getResultList()) {
            sources.add(String.valueOf(source));
        }
        return sources;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(String.valueOf(value));
    }
}
