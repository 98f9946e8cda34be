package uk.dsp.inventory.interfaces.duis;

import uk.dsp.inventory.contract.duis.Request;

/** One Service Request variant this DSP serves, and its handler. */
public record ServiceRequestRoute(
        String serviceReference, String serviceReferenceVariant, ServiceRequestHandler handler) {

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
