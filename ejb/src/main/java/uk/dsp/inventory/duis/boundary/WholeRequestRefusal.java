package uk.dsp.inventory.duis.boundary;

import jakarta.ejb.Stateless;
import uk.dsp.inventory.dcc.AuditedServiceRequest;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;

/**
 * An authenticated request refused as a whole (more records than the SR allows, or an originator that is not a
 * Service User): like any other request it passes the replay guard, consuming its counter, and leaves its audit
 * entry; it changes nothing else.
 */
@Stateless
public class WholeRequestRefusal {

    @AuditedServiceRequest
    public ServiceRequestResult refuse(ServiceUserRequest request, Enum<?> outcome, String detail) {
        return ServiceRequestResult.wholeRequest(outcome, detail);
    }
}
