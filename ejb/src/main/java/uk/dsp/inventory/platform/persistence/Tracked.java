package uk.dsp.inventory.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** What every changeable row carries: when it was created and last changed, and its optimistic lock. */
@MappedSuperclass
public abstract class Tracked {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tracked() {
        // for JPA
    }

    protected Tracked(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected void touch(Instant now) {
        this.updatedAt = now;
    }
}
