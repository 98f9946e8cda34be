package uk.dsp.inventory.interfaces.duis;

import java.util.List;
import uk.dsp.inventory.contract.duis.Request;

/** One Service Request variant this DSP serves: the body elements that carry it, and its handler. */
public record ServiceRequestRoute(
        String serviceReference,
        String serviceReferenceVariant,
        ServiceRequestHandler handler,
        List<String> bodyElements) {

    /** The header must name the SR that the body carries. */
    void checkHeader(Request.Header header) {
        if (!serviceReference.equals(header.getServiceReference())
                || !serviceReferenceVariant.equals(header.getServiceReferenceVariant())) {
            throw new DuisRefused(
                    400,
                    "the body is SR " + serviceReferenceVariant + " but the header says " + header.getServiceReference()
                            + " / " + header.getServiceReferenceVariant());
        }
    }
}
