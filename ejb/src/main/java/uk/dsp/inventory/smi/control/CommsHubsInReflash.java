package uk.dsp.inventory.smi.control;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import uk.dsp.inventory.dcc.Eui64;

/**
 * The re-flash capability, as the SMI's CSPM-N3 door needs it. The SMI defines it and the re-flash capability
 * implements it, so that the SMI does not depend on re-flash, which is built on the SMI.
 */
public interface CommsHubsInReflash {

    /** The holds on those of the CHF Device IDs that re-flash knows; the others have none. */
    Map<Long, ReflashHold> holdsOn(Collection<Long> chfDeviceIds);

    /** The CSP recorded re-flashed CHs' new firmware (by CHF) over CSPM-N3, in the same transaction. */
    void firmwareRecordedByCsp(Map<Eui64, String> versions, String cspPartyId, Instant at);
}
