package uk.dsp.inventory.duis.control.returns;

import static uk.dsp.inventory.duis.control.DuisValues.dateTime;
import static uk.dsp.inventory.duis.control.DuisValues.eui64;

import java.util.List;
import uk.dsp.inventory.contract.duis.CHFFaultReturn;
import uk.dsp.inventory.contract.duis.CHFNoFaultReturn;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.duis.control.ServiceRequestRoute;
import uk.dsp.inventory.returns.control.ReturnsRequest;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnVariant;

/** The CH returns of a schema-valid SR 8.14.3 or 8.14.4, single or bulk, in the request's order. */
final class ReturnsRequestReader {

    private ReturnsRequestReader() {}

    /** The route has decided the variant and whether the body is the bulk list; the schema, that it is there. */
    static ReturnsRequest read(Request.Body body, ServiceRequestRoute route) {
        ReturnVariant variant = ReturnVariant.of(route.serviceReferenceVariant());
        return new ReturnsRequest(variant, route.bulk(), returns(body, variant, route.bulk()));
    }

    private static List<CommsHubReturn> returns(Request.Body body, ReturnVariant variant, boolean bulk) {
        if (variant == ReturnVariant.FAULT) {
            return bulk
                    ? body.getCHFFaultReturnList().getCHFFaultReturn().stream()
                            .map(ReturnsRequestReader::fault)
                            .toList()
                    : List.of(fault(body.getCHFFaultReturn()));
        }
        return bulk
                ? body.getCHFNoFaultReturnList().getCHFNoFaultReturn().stream()
                        .map(ReturnsRequestReader::noFault)
                        .toList()
                : List.of(noFault(body.getCHFNoFaultReturn()));
    }

    private static CommsHubReturn fault(CHFFaultReturn r) {
        return new CommsHubReturn(
                eui64(r.getDeviceID()),
                r.getCHFFaultReturnType().value(),
                eui64(r.getOtherDeviceID()),
                r.getCHFConnectionMethod().value(),
                r.getCHFFaultReason().value(),
                r.getIncidentReference(),
                r.getUserRefID(),
                dateTime(r.getUserRefDateTime()),
                r.getAdditionalInformation());
    }

    private static CommsHubReturn noFault(CHFNoFaultReturn r) {
        return new CommsHubReturn(
                eui64(r.getDeviceID()),
                r.getCHFNoFaultReturnType().value(),
                null,
                null,
                null,
                r.getIncidentReference(),
                r.getUserRefID(),
                dateTime(r.getUserRefDateTime()),
                r.getAdditionalInformation());
    }
}
