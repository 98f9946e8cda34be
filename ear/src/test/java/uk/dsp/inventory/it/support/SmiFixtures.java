package uk.dsp.inventory.it.support;

/**
 * Devices put straight into the SMI's table in a given state, for tests of what follows from that state (the
 * lifecycle that leads there is tested over DUIS elsewhere).
 */
public final class SmiFixtures {

    private SmiFixtures() {}

    /** A device of this type, notified by this party, in this SMI status; answers its Device ID. */
    public static String device(String type, String status, String notifyingPartyId) {
        String deviceId = Eui64s.random();
        ItDatabase.update(
                "insert into device (device_id, device_type, manufacturer, model, smi_status, smi_status_since,"
                        + " notifying_party_id, created_at, updated_at) values (?, ?, 'ACME', 'M1', ?, now(), ?,"
                        + " now(), now())",
                Eui64s.value(deviceId),
                type,
                status,
                notifyingPartyId);
        return deviceId;
    }

    /** An electricity meter installed but not commissioned (install and leave) by this supplier. */
    public static String installAndLeave(String installingPartyId) {
        return device("ESME", "INSTALLED_NOT_COMMISSIONED", installingPartyId);
    }
}
