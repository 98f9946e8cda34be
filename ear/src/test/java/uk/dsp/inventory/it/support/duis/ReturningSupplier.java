package uk.dsp.inventory.it.support.duis;

import java.util.ArrayList;
import java.util.List;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubs;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.N3Gateway;

/**
 * A Service User with a registered signing key, and the CSP of a region that
 * delivered Comms Hubs to it through CSPM-N3: the world a return starts from.
 */
public final class ReturningSupplier {

    public static final String REGION = "Central";
    public static final String CSP_PASSWORD = "central gateway secret";

    private final SigningIdentity identity;
    private final String cspId;

    private ReturningSupplier(SigningIdentity identity, String cspId) {
        this.identity = identity;
        this.cspId = cspId;
    }

    /** Registers a supplier with the given roles (IS and GS by default) and a CSP of the region. */
    public static ReturningSupplier register(String... roles) {
        return registerWithAlertEndpoint("https://alerts.example/unreachable", roles);
    }

    /** As {@link #register}, with the endpoint that receives its DCC alerts (null: none). */
    public static ReturningSupplier registerWithAlertEndpoint(String alertEndpoint, String... roles) {
        return registered(alertEndpoint, List.of(), roles);
    }

    /** As {@link #register}, with the TLS client certificate (PEM) of its DUIS client registered to it. */
    public static ReturningSupplier registerWithTlsCertificate(String tlsCertificatePem) {
        return registered("https://alerts.example/unreachable", List.of(tlsCertificatePem));
    }

    private static ReturningSupplier registered(String alertEndpoint, List<String> tlsCertificates, String... roles) {
        AdminClient admin = AdminClient.asAdministrator();
        SigningIdentity identity = SigningIdentity.generate(Eui64s.random());
        jakarta.json.JsonObjectBuilder party = AdminClient.party(
                identity.partyId(),
                "Supplier " + identity.partyId(),
                roles.length == 0 ? List.of("IS", "GS") : List.of(roles),
                null,
                List.of(identity.certificatePem()),
                null);
        if (alertEndpoint == null) {
            party.addNull("alertEndpoint");
        } else {
            party.add("alertEndpoint", alertEndpoint);
        }
        if (!tlsCertificates.isEmpty()) {
            party.add("gatewayCertificates", jakarta.json.Json.createArrayBuilder(tlsCertificates));
        }
        String json = party.build().toString();
        AdminClient.Reply reply = admin.register(json);
        if (reply.status() != 201) {
            throw new IllegalStateException("supplier not registered: " + reply);
        }
        String cspId = admin.cspOf(REGION, CSP_PASSWORD);
        return new ReturningSupplier(identity, cspId);
    }

    public String partyId() {
        return identity.partyId();
    }

    /** The RequestID of this supplier's request with the given counter, as the DSP records it. */
    public String requestId(long counter) {
        return partyId() + ":" + ReturnDocuments.DSP + ":" + counter;
    }

    public SigningIdentity identity() {
        return identity;
    }

    public String cspId() {
        return cspId;
    }

    public String cspEmail() {
        return "operations@" + cspId.replace("-", "").toLowerCase() + ".example";
    }

    public String sign(String xml) {
        return new DuisSigner(identity).sign(xml);
    }

    /** Signs and sends a DUIS document; the response body. */
    public String send(String xml) {
        return DuisClient.post(sign(xml)).body();
    }

    /** Comms Hubs pre-notified by the CSP as delivered to this supplier: Pending, logistics status Delivered. */
    public List<ReturnDocuments.Hub> deliveredHubs(int count) {
        return deliveredHubsTo(partyId(), count);
    }

    public List<ReturnDocuments.Hub> deliveredHubsTo(String recipient, int count) {
        List<ReturnDocuments.Hub> hubs = new ArrayList<>();
        for (int from = 0; from < count; from += 1000) {
            PreNotifyCommsHubs call = new PreNotifyCommsHubs();
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                CommsHub hub = N3Gateway.commsHub(REGION, recipient);
                call.getCommsHub().add(hub);
                hubs.add(new ReturnDocuments.Hub(hub.getCHFDeviceID(), hub.getGPFDeviceID()));
            }
            int accepted;
            try {
                accepted = N3Gateway.as(cspId, CSP_PASSWORD)
                        .preNotifyCommsHubs(call)
                        .getAcceptedCount();
            } catch (N3RefusalFault refused) {
                throw new IllegalStateException("CSPM-N3 refused the delivery", refused);
            }
            if (accepted != call.getCommsHub().size()) {
                throw new IllegalStateException("CSPM-N3 accepted " + accepted + " of "
                        + call.getCommsHub().size());
            }
        }
        return hubs;
    }
}
