package uk.dsp.inventory.interfaces.n3;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import java.util.logging.Logger;
import javax.xml.namespace.QName;

/**
 * Every N3Refusal is the caller's doing (credentials, region, count, duplicates, a malformed call), so its fault is
 * soap:Client, as the schema's own refusals are; JAX-WS writes a declared fault as soap:Server. Other faults, such
 * as the database being out of reach, stay soap:Server.
 */
public class N3CallerFaults implements SOAPHandler<SOAPMessageContext> {

    private static final Logger LOG = Logger.getLogger(N3CallerFaults.class.getName());
    private static final String SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String N3 = "urn:dsp-inventory:cspm:n3:v1";

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        try {
            SOAPFault fault = context.getMessage().getSOAPBody().getFault();
            if (fault != null
                    && fault.hasDetail()
                    && fault.getDetail().getElementsByTagNameNS(N3, "N3Refusal").getLength() > 0) {
                fault.setFaultCode(new QName(
                        SOAP_ENVELOPE, "Client", fault.getFaultCodeAsQName().getPrefix()));
            }
        } catch (SOAPException e) {
            LOG.fine(() -> "an N3 fault left as it was: " + e.getMessage());
        }
        return true;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {}

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
