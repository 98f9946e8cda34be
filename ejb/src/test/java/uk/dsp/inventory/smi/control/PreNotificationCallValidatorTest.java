package uk.dsp.inventory.smi.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.dsp.inventory.smi.control.CommsHubRecords.record;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;

class PreNotificationCallValidatorTest {

    private final PreNotificationCallValidator validator = new PreNotificationCallValidator();

    @Test
    void acceptsOneAndAThousandRecordsInTheCallersRegion() {
        assertThatCode(() -> validator.validate(records(1), CspRegion.NORTH)).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(records(1000), CspRegion.NORTH)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmptyCall() {
        assertRefused(List.of(), RefusalReason.INVALID_REQUEST);
    }

    @Test
    void refusesMoreThanAThousandRecords() {
        assertRefused(records(1001), RefusalReason.TOO_MANY_RECORDS);
    }

    @Test
    void refusesAChfTwice() {
        assertRefused(
                List.of(record(100, CspRegion.NORTH), record(100, CspRegion.NORTH)), RefusalReason.DUPLICATE_DEVICE_ID);
    }

    @Test
    void refusesAChfThatIsAnotherRecordsGpf() {
        assertRefused(
                List.of(record(100, CspRegion.NORTH), record(101, CspRegion.NORTH)), RefusalReason.DUPLICATE_DEVICE_ID);
    }

    @Test
    void refusesAGpfTwice() {
        CommsHubPreNotification first = record(100, CspRegion.NORTH);
        CommsHubPreNotification sameGpf = new CommsHubPreNotification(new Eui64(200), new Eui64(101), first.details());
        assertRefused(List.of(first, sameGpf), RefusalReason.DUPLICATE_DEVICE_ID);
    }

    @Test
    void refusesARecordInAnotherRegion() {
        assertRefused(
                List.of(record(100, CspRegion.NORTH), record(200, CspRegion.NORTH_4G)),
                RefusalReason.REGION_NOT_PERMITTED);
    }

    private void assertRefused(List<CommsHubPreNotification> records, RefusalReason reason) {
        assertThatThrownBy(() -> validator.validate(records, CspRegion.NORTH))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.problem())
                                .isEqualTo(reason));
    }

    private static List<CommsHubPreNotification> records(int count) {
        List<CommsHubPreNotification> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(1000L + 2L * i, CspRegion.NORTH));
        }
        return records;
    }
}
