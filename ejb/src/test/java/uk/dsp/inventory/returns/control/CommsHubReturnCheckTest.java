package uk.dsp.inventory.returns.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

class CommsHubReturnCheckTest {

    private static final String SUPPLIER = "90-B3-D5-1F-30-01-00-00";
    private static final Eui64 CHF = new Eui64(0x00DB1234567890A0L);
    private static final Eui64 GPF = new Eui64(0x00DB1234567890A1L);
    private static final Originator IMPORT_SUPPLIER = new Originator(SUPPLIER, EnumSet.of(Role.IS));

    private final CommsHubReturnCheck check = new CommsHubReturnCheck();

    @Test
    void acceptsAFaultBeforeInstallationOfAHubDeliveredToTheRequester() {
        assertThat(check.decide(
                        fault("Fault identified prior to installation", GPF), hub(SUPPLIER), IMPORT_SUPPLIER, false))
                .isEqualTo(ReturnOutcome.ACCEPTED);
        assertThat(check.decide(noFault(), hub(SUPPLIER), IMPORT_SUPPLIER, false))
                .isEqualTo(ReturnOutcome.ACCEPTED);
    }

    @Test
    void rejectsADeviceNamedTwiceBeforeAnythingElse() {
        assertThat(check.decide(noFault(), null, IMPORT_SUPPLIER, true)).isEqualTo(ReturnOutcome.DUPLICATE_DEVICE_ID);
    }

    @Test
    void rejectsAnUnknownDeviceAndOneThatIsNoCommsHub() {
        assertThat(check.decide(noFault(), null, IMPORT_SUPPLIER, false)).isEqualTo(ReturnOutcome.NOT_IN_INVENTORY);
        ReturnableHub meter =
                new ReturnableHub(CHF, DeviceType.ESME, SmiStatus.PENDING, null, null, null, SUPPLIER, null, null);
        assertThat(check.decide(noFault(), meter, IMPORT_SUPPLIER, false)).isEqualTo(ReturnOutcome.NOT_COMMS_HUB);
    }

    @Test
    void rejectsAnotherPartysHubAndARequesterWithoutIsOrGs() {
        assertThat(check.decide(noFault(), hub("90-B3-D5-1F-30-02-00-00"), IMPORT_SUPPLIER, false))
                .isEqualTo(ReturnOutcome.NOT_AUTHORISED);
        assertThat(check.decide(
                        noFault(), hub(SUPPLIER), new Originator(SUPPLIER, EnumSet.of(Role.ES, Role.ED)), false))
                .isEqualTo(ReturnOutcome.NOT_AUTHORISED);
    }

    @Test
    void rejectsAFaultAfterInstallationOfAHubNeverInstalled() {
        assertThat(check.decide(
                        fault("Fault identified post installation", GPF), hub(SUPPLIER), IMPORT_SUPPLIER, false))
                .isEqualTo(ReturnOutcome.INCOMPATIBLE_STATUS);
    }

    @Test
    void rejectsAFaultReturnNamingAnotherGpf() {
        assertThat(check.decide(
                        fault("Fault identified prior to installation", new Eui64(42)),
                        hub(SUPPLIER),
                        IMPORT_SUPPLIER,
                        false))
                .isEqualTo(ReturnOutcome.GPF_MISMATCH);
    }

    /** A CHF delivered to the party, Pending, with its GPF, as the facade reads it from the SMI. */
    private static ReturnableHub hub(String deliveredTo) {
        return new ReturnableHub(
                CHF,
                DeviceType.CHF,
                SmiStatus.PENDING,
                LogisticsStatus.DELIVERED,
                GPF,
                CspRegion.NORTH,
                "90-B3-D5-1F-30-0C-00-01",
                deliveredTo,
                null);
    }

    private static CommsHubReturn fault(String type, Eui64 otherDevice) {
        return new CommsHubReturn(CHF, type, otherDevice, "Hot-shoe", "Damaged case", null, null, null, null);
    }

    private static CommsHubReturn noFault() {
        return new CommsHubReturn(CHF, "No Fault Return (general)", null, null, null, null, null, null, null);
    }
}
