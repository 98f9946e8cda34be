package uk.dsp.inventory.interfaces.duis.smi;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import uk.dsp.inventory.contract.duis.CHFInstallSuccessNoSMWAN;
import uk.dsp.inventory.contract.duis.CHFInstallSuccessSMWAN;
import uk.dsp.inventory.contract.duis.DevicePrenotification;
import uk.dsp.inventory.contract.duis.ESMEVariant;
import uk.dsp.inventory.contract.duis.ReadInventory;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.contract.duis.UpdateInventory;
import uk.dsp.inventory.interfaces.duis.DuisResponses;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.entity.ServiceUserDeviceDetails;
import uk.dsp.inventory.smi.boundary.CommsHubInstalls;
import uk.dsp.inventory.smi.boundary.InventoryReads;
import uk.dsp.inventory.smi.boundary.InventoryUpdates;
import uk.dsp.inventory.smi.boundary.ServiceUserPreNotifications;

/** SR 12.2, 8.2, 8.4, 8.14.1 and 8.14.2 on the DUIS endpoint: translate, delegate to the SMI facades, answer. */
@ApplicationScoped
public class SmiServiceRequests {

    @EJB
    ServiceUserPreNotifications preNotifications;

    @EJB
    InventoryReads reads;

    @EJB
    InventoryUpdates updates;

    @EJB
    CommsHubInstalls installs;

    public Response preNotify(ServiceUserRequest request, BigDecimal schemaVersion, DevicePrenotification body) {
        String code = preNotifications.preNotify(request, eui64(body.getDeviceID()), DeviceType.valueOf(body.getDeviceType().value()),
                new ServiceUserDeviceDetails(body.getDeviceManufacturer(), body.getDeviceModel(), body.getSMETSCHTSVersion(),
                        body.getFirmwareVersion(), variant(body.getESMEVariant())),
                body.getAssociatedGPFDeviceID() == null ? null : eui64(body.getAssociatedGPFDeviceID()));
        return answer(request, schemaVersion, "12.2", code);
    }

    public Response read(ServiceUserRequest request, BigDecimal schemaVersion, ReadInventory body) {
        InventoryReads.Reading reading = body.getDeviceID() != null
                ? reads.byDeviceId(request, eui64(body.getDeviceID()))
                : reads.byMpxn(request, body.getMPxN().strip());
        Response response = answer(request, schemaVersion, "8.2", reading.responseCode());
        if (!reading.devices().isEmpty()) {
            response.getBody().getResponseMessage().setDSPInventory(InventoryResponses.inventory(reading.devices()));
        }
        return response;
    }

    public Response update(ServiceUserRequest request, BigDecimal schemaVersion, UpdateInventory body) {
        String code = updates.update(request, eui64(body.getDeviceID()), InventoryUpdateReader.of(body));
        return answer(request, schemaVersion, "8.4", code);
    }

    public Response installWithSmWan(ServiceUserRequest request, BigDecimal schemaVersion, CHFInstallSuccessSMWAN body) {
        String code = installs.install(request, eui64(body.getDeviceID()), true, body.getMPxN().strip(),
                instant(body.getInstallDateTime()));
        return answer(request, schemaVersion, "8.14", code);
    }

    public Response installWithoutSmWan(ServiceUserRequest request, BigDecimal schemaVersion, CHFInstallSuccessNoSMWAN body) {
        String code = installs.install(request, eui64(body.getDeviceID()), false, body.getMPxN().strip(),
                instant(body.getInstallDateTime()));
        return answer(request, schemaVersion, "8.14", code);
    }

    private static Response answer(ServiceUserRequest request, BigDecimal schemaVersion, String serviceReference, String code) {
        return DuisResponses.response(request.requestId(), schemaVersion, code,
                DuisResponses.message(serviceReference, request.serviceReferenceVariant()));
    }

    static Eui64 eui64(String text) {
        return Eui64.parse(text.strip().toUpperCase());
    }

    private static String variant(ESMEVariant variant) {
        return variant == null ? null : variant.value();
    }

    private static Instant instant(javax.xml.datatype.XMLGregorianCalendar calendar) {
        return calendar == null ? null : calendar.toGregorianCalendar().toInstant();
    }
}
