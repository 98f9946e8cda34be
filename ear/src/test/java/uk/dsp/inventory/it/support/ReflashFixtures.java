package uk.dsp.inventory.it.support;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.contract.n3.ReasonCode;

/**
 * What a re-flash test starts from: a supplier's stock of CHs on old firmware, pre-notified by their region's CSP
 * over CSPM-N3, and the firmware catalogue's latest version of their model, set by a DCC Logistics operator.
 */
public final class ReflashFixtures {

    public static final String MANUFACTURER = "Toshiba";
    /** A model of these tests alone, so that their catalogue entry is theirs. */
    public static final String MODEL = "CH-RF-1";

    public static final String OLD = "1.4.2";
    public static final String LATEST = "2.1.0";
    public static final String CSP_PASSWORD = "re-flash gateway secret";

    private ReflashFixtures() {}

    /** A DCC Logistics operator, who has also set the catalogue's latest version of {@link #MODEL}. */
    public static People.Person logistics() {
        People.Person operator = People.of(People.DSP_PARTY, "LOGISTICS", "SERVICE_DESK");
        AdminClient.Reply set = operator.put(
                "api/v1/firmware-catalogue/" + MANUFACTURER + "/" + MODEL,
                Json.createObjectBuilder().add("latestVersion", LATEST).build().toString());
        if (set.status() != 200) {
            throw new IllegalStateException("catalogue not set: " + set);
        }
        return operator;
    }

    /** The region's CSP (shared by the test classes), with a CSP gateway password of these tests. */
    public static String csp(String region) {
        return AdminClient.asAdministrator().cspOf(region, CSP_PASSWORD);
    }

    /** {@code count} CHs on firmware {@link #OLD}, delivered to {@code partyId} by the CSP of {@code region}. */
    public static List<String> stock(String partyId, String region, int count) throws N3RefusalFault {
        return stock(partyId, region, count, OLD);
    }

    /** {@code count} CHs on {@code firmware}, delivered to {@code partyId} by the CSP of {@code region}. */
    public static List<String> stock(String partyId, String region, int count, String firmware) throws N3RefusalFault {
        CspmN3 gateway = gateway(region);
        List<CommsHub> hubs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hubs.add(hub(region, partyId, firmware));
        }
        for (int from = 0; from < count; from += 1000) { // CSPM-N3 takes at most 1,000 CHs a call
            gateway.preNotifyCommsHubs(N3Gateway.call(hubs.subList(from, Math.min(count, from + 1000))))
                    .getOutcome()
                    .forEach(outcome -> {
                        if (outcome.getReasonCode() != ReasonCode.CREATED) {
                            throw new IllegalStateException("CH not pre-notified: " + outcome.getReasonCode());
                        }
                    });
        }
        return hubs.stream().map(CommsHub::getCHFDeviceID).toList();
    }

    /** The region's CSP's gateway, with these tests' password (HTTP Basic from loopback). */
    public static CspmN3 gateway(String region) {
        return N3Gateway.as(csp(region), CSP_PASSWORD);
    }

    /** A record of the CH as its CSP pre-notifies it, on {@code firmware}. */
    public static CommsHub hub(String region, String partyId, String firmware) {
        CommsHub hub = N3Gateway.commsHub(region, partyId);
        hub.setDeviceModel(MODEL);
        hub.setFirmwareVersion(firmware);
        return hub;
    }

    /** The same CH's record again, now on {@code firmware}: how a CSP tells the SMI of a re-flash (option A). */
    public static CommsHub reflashed(String chf, String region, String partyId, String firmware) {
        CommsHub hub = hub(region, partyId, firmware);
        hub.setCHFDeviceID(chf);
        hub.setGPFDeviceID(Eui64s.format(Eui64s.value(chf) + 1));
        return hub;
    }

    /** A request body for these CHs, to come back to a test address four weeks from today. */
    public static String requestBody(List<String> chfs) {
        var ids = Json.createArrayBuilder();
        chfs.forEach(ids::add);
        return Json.createObjectBuilder()
                .add("deviceIds", ids)
                .add("redelivery", redelivery("Unit 4, Stores Park, Leeds LS1 1AA"))
                .build()
                .toString();
    }

    public static jakarta.json.JsonObject redelivery(String address) {
        return Json.createObjectBuilder()
                .add("address", address)
                .add("contactName", "Stores Manager")
                .add("contactPhone", "0113 496 0000")
                .add("wantedOn", java.time.LocalDate.now().plusWeeks(4).toString())
                .build();
    }
}
