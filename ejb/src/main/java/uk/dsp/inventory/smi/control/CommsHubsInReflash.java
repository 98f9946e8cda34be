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

    /** The CSP recorded the re-flashed CH's new firmware over CSPM-N3, in the same transaction. */
    void firmwareRecordedByCsp(Eui64 chf, String version, String cspPartyId, Instant at);
}
