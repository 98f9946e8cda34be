package uk.dsp.inventory.interfaces.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    private static final SQLException TERMINATED =
            new SQLException("FATAL: terminating connection due to administrator command", "57P01");

    @Test
    void aConnectionStateAmongTheCausesIsTheDatabase() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new RuntimeException(TERMINATED))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("connection refused", "08001")))
                .isTrue();
    }

    /** As Narayana reports a one-phase commit the database broke off: the driver's exception is suppressed. */
    @Test
    void aCommitBrokenOffIsTheDatabaseThoughItsCauseIsSuppressed() {
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception local = new Exception("IJ001156: Could not commit local transaction", TERMINATED);
        rollback.addSuppressed(local);

        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(rollback))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
        Exception loop = new Exception("a cause that suppresses itself");
        loop.addSuppressed(new RuntimeException(loop));
        assertThat(DatabaseUnavailable.causedBy(loop)).isFalse();
    }
}
