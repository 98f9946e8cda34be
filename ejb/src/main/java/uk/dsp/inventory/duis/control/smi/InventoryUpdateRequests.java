package uk.dsp.inventory.duis.control.smi;

import static uk.dsp.inventory.duis.control.DuisValues.eui64;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.contract.duis.UpdateInventory;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.DuisResponses;
import uk.dsp.inventory.duis.control.ServiceRequestHandler;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.smi.boundary.InventoryUpdates;

/** SR 8.4 Update Inventory: translate, delegate to {@code InventoryUpdates}, answer. */
@ApplicationScoped
public class InventoryUpdateRequests implements ServiceRequestHandler {

    @EJB
    InventoryUpdates updates;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest, ServiceRequestRoute route) {
        UpdateInventory body = duisRequest.getBody().getUpdateInventory();
        return DuisResponses.answer(
                request,
                duisRequest,
                updates.update(request, eui64(body.getDeviceID()), InventoryUpdateReader.of(body))
                        .outcome());
    }
}
