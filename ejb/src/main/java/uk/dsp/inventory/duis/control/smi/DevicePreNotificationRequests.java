package uk.dsp.inventory.duis.control.smi;

import static uk.dsp.inventory.duis.control.DuisValues.eui64;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.DevicePrenotification;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.DuisResponses;
import uk.dsp.inventory.duis.control.ServiceRequestHandler;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.smi.boundary.ServiceUserPreNotifications;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.ServiceUserDeviceDetails;

/** SR 12.2 Device Pre-notification: translate, delegate to {@code ServiceUserPreNotifications}, answer. */
@ApplicationScoped
public class DevicePreNotificationRequests implements ServiceRequestHandler {

    @EJB
    ServiceUserPreNotifications preNotifications;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest, ServiceRequestRoute route) {
        DevicePrenotification body = duisRequest.getBody().getDevicePrenotification();
        ServiceRequestResult result = preNotifications.preNotify(
                request,
                eui64(body.getDeviceID()),
                DeviceType.valueOf(body.getDeviceType().value()),
                new ServiceUserDeviceDetails(
                        body.getDeviceManufacturer(),
                        body.getDeviceModel(),
                        body.getSMETSCHTSVersion(),
                        body.getFirmwareVersion(),
                        body.getESMEVariant() == null
                                ? null
                                : body.getESMEVariant().value()),
                body.getAssociatedGPFDeviceID() == null ? null : eui64(body.getAssociatedGPFDeviceID()));
        return DuisResponses.answer(request, duisRequest, result.outcome());
    }
}
