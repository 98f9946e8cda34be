package uk.dsp.inventory.duis.control;

import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceUserRequest;

/**
 * Serves one DUIS Service Request, authenticated and schema-valid: reads its body into the domain's terms, calls its
 * capability's facade (one transaction, audited), and writes the outcome back as the SR's response.
 */
public interface ServiceRequestHandler {

    Response serve(ServiceUserRequest request, Request duisRequest, ServiceRequestRoute route);
}
