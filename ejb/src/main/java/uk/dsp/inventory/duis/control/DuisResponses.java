package uk.dsp.inventory.duis.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeFactory;
import uk.dsp.inventory.contract.duis.Request;
import uk.dsp.inventory.contract.duis.Response;
import uk.dsp.inventory.contract.duis.ResponseMessage;
import uk.dsp.inventory.dcc.RequestId;
import uk.dsp.inventory.dcc.ServiceUserRequest;

/** The frame of every DUIS response: its header with the outcome's code, and a ResponseMessage naming the SR. */
public final class DuisResponses {

    private static final DatatypeFactory DATES = DatatypeFactory.newDefaultInstance();

    private DuisResponses() {}

    /** The answer to a request, with the code of its outcome and the SR its header names. */
    public static Response answer(ServiceUserRequest request, Request duisRequest, Enum<?> outcome) {
        Request.Header header = duisRequest.getHeader();
        return response(
                request.requestId(),
                duisRequest.getSchemaVersion(),
                outcome,
                message(header.getServiceReference(), header.getServiceReferenceVariant()));
    }

    public static Response response(
            RequestId requestId, BigDecimal schemaVersion, Enum<?> outcome, ResponseMessage message) {
        Response.Header header = new Response.Header();
        header.setRequestID(requestId.toString());
        header.setResponseID(requestId.responseId());
        header.setResponseCode(ResponseCodes.of(outcome));
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(Instant.now().toEpochMilli());
        header.setResponseDateTime(DATES.newXMLGregorianCalendar(now));
        Response.Body body = new Response.Body();
        body.setResponseMessage(message);
        Response response = new Response();
        response.setSchemaVersion(schemaVersion);
        response.setHeader(header);
        response.setBody(body);
        return response;
    }

    public static ResponseMessage message(String serviceReference, String serviceReferenceVariant) {
        ResponseMessage message = new ResponseMessage();
        message.setServiceReference(serviceReference);
        message.setServiceReferenceVariant(serviceReferenceVariant);
        return message;
    }
}
