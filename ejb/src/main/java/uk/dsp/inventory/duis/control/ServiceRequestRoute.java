package uk.dsp.inventory.duis.control;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;

/**
 * One body element this DSP serves: its SR, its handler, and whether it is a bulk list (the DSP's bulk CH returns,
 * up to {@value BulkReturnOutcome#MAX_RECORDS} records) or a single record as DUIS has it. Decided here once.
 */
public record ServiceRequestRoute(
        String serviceReference, String serviceReferenceVariant, ServiceRequestHandler handler, boolean bulk) {

    /** The records in the body's element: one per child element of a bulk list, else one. */
    public int records(Element bodyElement) {
        if (!bulk) {
            return 1;
        }
        int records = 0;
        for (Node child = bodyElement.getFirstChild(); child != null; child = child.getNextSibling()) {
            records += child instanceof Element ? 1 : 0;
        }
        return records;
    }

    /** The most records one request may hold; a request with more is refused as a whole, in DUIS terms. */
    public int maxRecords() {
        return bulk ? BulkReturnOutcome.MAX_RECORDS : 1;
    }

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
