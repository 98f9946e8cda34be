package uk.dsp.inventory.interfaces.duis.returns;

import static uk.dsp.inventory.interfaces.duis.DuisValues.dateTime;
import static uk.dsp.inventory.interfaces.duis.DuisValues.eui64;

import java.util.List;
import uk.dsp.inventory.contract.duis.CHFFaultReturn;
import uk.dsp.inventory.contract.duis.CHFNoFaultReturn;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.returns.entity.CommsHubReturn;
import uk.dsp.inventory.returns.entity.ReturnVariant;

/** The CH returns of a schema-valid SR 8.14.3 or 8.14.4, single or bulk, in the request's order. */
final class ReturnsRequestReader {

    private ReturnsRequestReader() {}

    static ReturnVariant variant(Request.Body body) {
        return body.getCHFFaultReturn() != null || body.getCHFFaultReturnList() != null
                ? ReturnVariant.FAULT
                : ReturnVariant.NO_FAULT;
    }

    static boolean bulk(Request.Body body) {
        return body.getCHFFaultReturnList() != null || body.getCHFNoFaultReturnList() != null;
    }

    static List<CommsHubReturn> returns(Request.Body body) {
        if (body.getCHFFaultReturn() != null) {
            return List.of(fault(body.getCHFFaultReturn()));
        }
        if (body.getCHFNoFaultReturn() != null) {
            return List.of(noFault(body.getCHFNoFaultReturn()));
        }
        if (body.getCHFFaultReturnList() != null) {
            return body.getCHFFaultReturnList().getCHFFaultReturn().stream()
                    .map(ReturnsRequestReader::fault)
                    .toList();
        }
        return body.getCHFNoFaultReturnList().getCHFNoFaultReturn().stream()
                .map(ReturnsRequestReader::noFault)
                .toList();
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
