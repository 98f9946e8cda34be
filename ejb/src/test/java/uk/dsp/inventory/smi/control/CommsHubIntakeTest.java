package uk.dsp.inventory.smi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.smi.control.CommsHubRecords.record;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

class CommsHubIntakeTest {

    private static final String CSP = "90-B3-D5-1F-30-0C-00-01";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final CommsHubIntake intake = new CommsHubIntake();

    @Test
    void aNewCommsHubBecomesAPendingChfAndGpfDeliveredToTheRecipient() {
        CommsHubIntake.Decision decision =
                intake.decide(record(100, CspRegion.SOUTH), null, null, true, ReflashHold.NONE, CSP, NOW);

        assertThat(decision.reason()).isEqualTo(OutcomeReason.CREATED);
        assertThat(decision.newDevices())
                .extracting(Device::type)
                .containsExactlyInAnyOrder(DeviceType.CHF, DeviceType.GPF);
        assertThat(decision.newDevices()).allSatisfy(device -> {
            assertThat(device.smiStatus()).isEqualTo(SmiStatus.PENDING);
            assertThat(device.smiStatusSince()).isEqualTo(NOW);
            assertThat(device.notifyingPartyId()).isEqualTo(CSP);
            assertThat(device.logisticsStatus()).isEqualTo(LogisticsStatus.DELIVERED);
        });
        Device chf = decision.newDevices().stream()
                .filter(d -> d.type() == DeviceType.CHF)
                .findFirst()
                .orElseThrow();
        assertThat(chf.gpfDeviceId()).isEqualTo(new Eui64(101));
    }

    @Test
    void theSameRecordAgainChangesNothing() {
        Device[] known = known(record(100, CspRegion.SOUTH));

        CommsHubIntake.Decision decision = intake.decide(
                record(100, CspRegion.SOUTH), known[0], known[1], true, ReflashHold.NONE, CSP, NOW.plusSeconds(60));

        assertThat(decision.reason()).isEqualTo(OutcomeReason.UNCHANGED);
        assertThat(decision.newDevices()).isEmpty();
    }

    @Test
    void aNewFirmwareVersionUpdatesBothDevices() {
        Device[] known = known(record(100, CspRegion.SOUTH));

        CommsHubIntake.Decision decision = intake.decide(
                record(100, CspRegion.SOUTH, "2.0.0"), known[0], known[1], true, ReflashHold.NONE, CSP, NOW);

        assertThat(decision.reason()).isEqualTo(OutcomeReason.UPDATED);
        assertThat(known[0].commsHubDetails().firmwareVersion()).isEqualTo("2.0.0");
        assertThat(known[1].commsHubDetails().firmwareVersion()).isEqualTo("2.0.0");
    }

    @Test
    void anotherCspsCommsHubIsLeftAlone() {
        Device[] known = known(record(100, CspRegion.SOUTH));

        CommsHubIntake.Decision decision = intake.decide(
                record(100, CspRegion.SOUTH, "2.0.0"),
                known[0],
                known[1],
                true,
                ReflashHold.NONE,
                "90-B3-D5-1F-30-0C-00-02",
                NOW);

        assertThat(decision.reason()).isEqualTo(OutcomeReason.OTHER_CSP);
        assertThat(known[0].commsHubDetails().firmwareVersion()).isEqualTo("1.0.0");
    }

    @Test
    void aKnownChfNamedWithAnotherGpfIsAMismatch() {
        Device[] known = known(record(100, CspRegion.SOUTH));
        CommsHubPreNotification otherGpf = new CommsHubPreNotification(
                new Eui64(100), new Eui64(555), record(100, CspRegion.SOUTH).details());

        assertThat(intake.decide(otherGpf, known[0], null, true, ReflashHold.NONE, CSP, NOW)
                        .reason())
                .isEqualTo(OutcomeReason.GPF_MISMATCH);
    }

    @Test
    void aChfIdThatIsAlreadyAGpfIsInUse() {
        Device[] known = known(record(100, CspRegion.SOUTH));
        CommsHubPreNotification clash = new CommsHubPreNotification(
                new Eui64(101), new Eui64(300), record(100, CspRegion.SOUTH).details());

        assertThat(intake.decide(clash, known[1], null, true, ReflashHold.NONE, CSP, NOW)
                        .reason())
                .isEqualTo(OutcomeReason.DEVICE_ID_IN_USE);
        assertThat(intake.decide(record(300, CspRegion.SOUTH), null, known[1], true, ReflashHold.NONE, CSP, NOW)
                        .reason())
                .isEqualTo(OutcomeReason.DEVICE_ID_IN_USE);
    }

    @Test
    void anUnknownRecipientIsRejectedBeforeAnythingElse() {
        CommsHubIntake.Decision decision =
                intake.decide(record(100, CspRegion.SOUTH), null, null, false, ReflashHold.NONE, CSP, NOW);

        assertThat(decision.reason()).isEqualTo(OutcomeReason.UNKNOWN_RECIPIENT);
        assertThat(decision.reason().accepted()).isFalse();
        assertThat(decision.newDevices()).isEmpty();
    }

    @Test
    void aChAwayForReflashIsUpdatedOnlyOnceItsCspHasReceivedIt() {
        Device[] known = known(record(100, CspRegion.SOUTH));
        known[0].moveLogistics(LogisticsStatus.AWAY_FOR_REFLASH, NOW);

        assertThat(intake.decide(
                                record(100, CspRegion.SOUTH, "2.0.0"),
                                known[0],
                                known[1],
                                true,
                                new ReflashHold(true, false),
                                CSP,
                                NOW)
                        .reason())
                .isEqualTo(OutcomeReason.AWAY_FOR_REFLASH);
        CommsHubIntake.Decision received = intake.decide(
                record(100, CspRegion.SOUTH, "2.0.0"), known[0], known[1], true, new ReflashHold(true, true), CSP, NOW);
        assertThat(received.reason()).isEqualTo(OutcomeReason.UPDATED);
        assertThat(received.reflashed()).isTrue();
        assertThat(known[0].firmwareVersion()).isEqualTo("2.0.0");
    }

    @Test
    void aReflashNeverTakesTheFirmwareBack() {
        Device[] known = known(record(100, CspRegion.SOUTH, "1.10.0"));
        known[0].moveLogistics(LogisticsStatus.AWAY_FOR_REFLASH, NOW);

        assertThat(intake.decide(
                                record(100, CspRegion.SOUTH, "1.9.9"),
                                known[0],
                                known[1],
                                true,
                                new ReflashHold(true, true),
                                CSP,
                                NOW)
                        .reason())
                .isEqualTo(OutcomeReason.FIRMWARE_DOWNGRADE);
        assertThat(known[0].firmwareVersion()).isEqualTo("1.10.0");
    }

    @Test
    void anUpdateOutsideAReflashIsNoReflash() {
        Device[] known = known(record(100, CspRegion.SOUTH));

        CommsHubIntake.Decision decision = intake.decide(
                record(100, CspRegion.SOUTH, "2.0.0"), known[0], known[1], true, ReflashHold.NONE, CSP, NOW);

        assertThat(decision.reason()).isEqualTo(OutcomeReason.UPDATED);
        assertThat(decision.reflashed()).isFalse();
    }

    /** The CHF and GPF the SMI holds after the record was pre-notified by CSP. */
    private Device[] known(CommsHubPreNotification record) {
        CommsHubIntake.Decision created = intake.decide(record, null, null, true, ReflashHold.NONE, CSP, NOW);
        Device chf = created.newDevices().stream()
                .filter(d -> d.type() == DeviceType.CHF)
                .findFirst()
                .orElseThrow();
        Device gpf = created.newDevices().stream()
                .filter(d -> d.type() == DeviceType.GPF)
                .findFirst()
                .orElseThrow();
        return new Device[] {chf, gpf};
    }
}
