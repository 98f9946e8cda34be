package uk.dsp.inventory.duis.control.smi;

import static uk.dsp.inventory.duis.control.DuisValues.eui64;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.ReadInventory;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.DuisResponses;
import uk.dsp.inventory.duis.control.ServiceRequestHandler;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.smi.boundary.InventoryReads;
import uk.dsp.inventory.smi.control.InventoryReading;

/** SR 8.2 Read Inventory, by Device ID or MPxN: translate, delegate to {@code InventoryReads}, answer with DSPInventory. */
@ApplicationScoped
public class InventoryReadRequests implements ServiceRequestHandler {

    @EJB
    InventoryReads reads;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest, ServiceRequestRoute route) {
        ReadInventory body = duisRequest.getBody().getReadInventory();
        InventoryReading reading = body.getDeviceID() != null
                ? reads.byDeviceId(request, eui64(body.getDeviceID()))
                : reads.byMpxn(request, body.getMPxN().strip());
        Response response = DuisResponses.answer(request, duisRequest, reading.outcome());
        if (!reading.views().isEmpty()) {
            response.getBody().getResponseMessage().setDSPInventory(InventoryResponses.inventory(reading.views()));
        }
        return response;
    }
}
