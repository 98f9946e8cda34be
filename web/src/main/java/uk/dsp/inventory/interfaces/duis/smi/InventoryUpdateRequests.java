package uk.dsp.inventory.interfaces.duis.smi;

import static uk.dsp.inventory.interfaces.duis.DuisValues.eui64;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.contract.duis.UpdateInventory;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.interfaces.duis.DuisResponses;
import uk.dsp.inventory.interfaces.duis.ServiceRequestHandler;
import uk.dsp.inventory.smi.boundary.InventoryUpdates;

/** SR 8.4 Update Inventory: translate, delegate to {@code InventoryUpdates}, answer. */
@ApplicationScoped
public class InventoryUpdateRequests implements ServiceRequestHandler {

    @EJB
    InventoryUpdates updates;

    @Override
    public Response serve(ServiceUserRequest request, Request duisRequest) {
        UpdateInventory body = duisRequest.getBody().getUpdateInventory();
        return DuisResponses.answer(
                duisRequest,
                updates.update(request, eui64(body.getDeviceID()), InventoryUpdateReader.of(body))
                        .outcome());
    }
}
