package uk.dsp.inventory.interfaces.duis;

import org.w3c.dom.Element;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.dcc.ServiceUserRequest;

/** Serves one DUIS Service Request, authenticated and schema-valid: translates it, calls its facade, answers. */
public interface ServiceRequestHandler {

    Response serve(ServiceUserRequest request, Request duisRequest);

    /** The records in the request's body element: one, unless the SR takes a list. */
    default int records(Element bodyElement) {
        return 1;
    }

    /** The most records one request may hold; a request with more is refused as a whole with {@link #tooManyRecords()}. */
    default int maxRecords() {
        return 1;
    }

    default Enum<?> tooManyRecords() {
        throw new UnsupportedOperationException("this SR names one device");
    }
}
