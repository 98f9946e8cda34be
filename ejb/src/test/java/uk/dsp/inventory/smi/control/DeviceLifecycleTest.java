package uk.dsp.inventory.smi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.SmiStatus;

class DeviceLifecycleTest {

    private static final String SUPPLIER = "90-B3-D5-1F-30-01-00-00";
    private static final Originator NOTIFIER = new Originator(SUPPLIER, EnumSet.of(Role.ES));
    private static final Originator STRANGER = new Originator("90-B3-D5-1F-30-02-00-00", EnumSet.of(Role.IS, Role.GS));

    private final DeviceLifecycle lifecycle = new DeviceLifecycle();

    @Test
    void checksExistenceTypeAuthorityThenStatusInThatOrder() {
        Device meter = new Device(new Eui64(1), DeviceType.ESME, SUPPLIER, Instant.now());

        assertThat(lifecycle.check(StatusChange.MARK_DEVICE_INSTALLED, null, NOTIFIER))
                .isEqualTo(SmiOutcome.NOT_IN_INVENTORY);
        assertThat(lifecycle.check(StatusChange.WITHDRAW_HUB, meter, STRANGER)).isEqualTo(SmiOutcome.WRONG_DEVICE_TYPE);
        assertThat(lifecycle.check(StatusChange.MARK_DEVICE_PENDING, meter, STRANGER))
                .isEqualTo(SmiOutcome.NOT_AUTHORISED);
        assertThat(lifecycle.check(StatusChange.MARK_DEVICE_PENDING, meter, NOTIFIER))
                .isEqualTo(SmiOutcome.STATUS_NOT_ALLOWED);
        assertThat(lifecycle.check(StatusChange.MARK_DEVICE_INSTALLED, meter, NOTIFIER))
                .isEqualTo(SmiOutcome.ACCEPTED);
    }

    @Test
    void appliesTheChangeAndStampsItsTime() {
        Device meter = new Device(new Eui64(1), DeviceType.ESME, SUPPLIER, Instant.EPOCH);
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        lifecycle.apply(StatusChange.MARK_DEVICE_INSTALLED, meter, now);

        assertThat(meter.smiStatus()).isEqualTo(SmiStatus.INSTALLED_NOT_COMMISSIONED);
        assertThat(meter.smiStatusSince()).isEqualTo(now);
        assertThatThrownBy(() -> lifecycle.apply(StatusChange.DELETE_PENDING_DEVICE, meter, now))
                .hasMessageContaining("removes");
    }

    @Test
    void onlyTheDspItselfDeletesForHousekeeping() {
        Device meter = new Device(new Eui64(1), DeviceType.ESME, SUPPLIER, Instant.now());

        assertThat(lifecycle.check(StatusChange.HOUSEKEEPING_DELETION, meter, null))
                .isEqualTo(SmiOutcome.ACCEPTED);
        assertThat(lifecycle.check(StatusChange.HOUSEKEEPING_DELETION, meter, NOTIFIER))
                .isEqualTo(SmiOutcome.NOT_AUTHORISED);
        assertThat(lifecycle.check(StatusChange.MARK_DEVICE_INSTALLED, meter, null))
                .isEqualTo(SmiOutcome.NOT_AUTHORISED);
    }
}
