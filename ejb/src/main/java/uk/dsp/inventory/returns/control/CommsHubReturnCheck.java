package uk.dsp.inventory.returns.control;

import java.util.EnumSet;
import java.util.Set;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * The checks of one CH return (seed 000, §3.2), the same for the single form and for each record of a bulk
 * request. The first failing check gives the CH's outcome; the order is that of the README's table.
 */
public class CommsHubReturnCheck {

    /** SR 8.14.3 and 8.14.4 are open to Import and Gas Suppliers. */
    static final Set<Role> RETURNING_ROLES = EnumSet.of(Role.IS, Role.GS);

    private static final Set<SmiStatus> NEVER_INSTALLED = EnumSet.of(SmiStatus.PENDING, SmiStatus.WHITELISTED);
    private static final Set<SmiStatus> INSTALLED_ONCE = EnumSet.of(
            SmiStatus.INSTALLED_NOT_COMMISSIONED,
            SmiStatus.COMMISSIONED,
            SmiStatus.DECOMMISSIONED,
            SmiStatus.WITHDRAWN,
            SmiStatus.SUSPENDED);

    public ReturnOutcome decide(
            CommsHubReturn hubReturn, ReturnableHub chf, Originator originator, boolean duplicated) {
        if (duplicated) {
            return ReturnOutcome.DUPLICATE_DEVICE_ID;
        }
        if (chf == null) {
            return ReturnOutcome.NOT_IN_INVENTORY;
        }
        if (chf.type() != DeviceType.CHF) {
            return ReturnOutcome.NOT_COMMS_HUB;
        }
        if (!originator.holdsAnyOf(RETURNING_ROLES) || !isTheirs(chf, originator.partyId())) {
            return ReturnOutcome.NOT_AUTHORISED;
        }
        if (chf.logisticsStatus() == LogisticsStatus.RETURNED) {
            return ReturnOutcome.ALREADY_RETURNED;
        }
        if (chf.logisticsStatus() == LogisticsStatus.AWAY_FOR_REFLASH
                || chf.logisticsStatus() == LogisticsStatus.SCRAPPED) {
            return ReturnOutcome.INCOMPATIBLE_STATUS; // the CSP has it, for re-flash, or scrapped it
        }
        if (!statusAllows(hubReturn, chf.smiStatus())) {
            return ReturnOutcome.INCOMPATIBLE_STATUS;
        }
        if (hubReturn.otherDeviceId() != null && !hubReturn.otherDeviceId().equals(chf.gpfDeviceId())) {
            return ReturnOutcome.GPF_MISMATCH;
        }
        return ReturnOutcome.ACCEPTED;
    }

    /** Delivered to them, or installed with them as its responsible supplier. */
    private static boolean isTheirs(ReturnableHub chf, String partyId) {
        return partyId.equals(chf.deliveredToPartyId()) || partyId.equals(chf.responsibleSupplierId());
    }

    /** A fault found before installation needs a CH never installed, one found after needs one that was; a DCC recovery holds every return. */
    private static boolean statusAllows(CommsHubReturn hubReturn, SmiStatus status) {
        if (hubReturn.faultBeforeInstallation()) {
            return NEVER_INSTALLED.contains(status);
        }
        if (hubReturn.faultAfterInstallation()) {
            return INSTALLED_ONCE.contains(status);
        }
        return status != SmiStatus.RECOVERY;
    }
}
