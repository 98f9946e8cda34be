package uk.dsp.inventory.interfaces.n3;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import javax.xml.namespace.QName;
import uk.dsp.inventory.contract.n3.N3Refusal;
import uk.dsp.inventory.contract.n3.N3RefusalFault;

/**
 * Every N3Refusal is the caller's doing (credentials, region, count, duplicates, a malformed call), so its fault is
 * soap:Client, as the schema's own refusals are; JAX-WS would write the declared fault as soap:Server. The endpoint
 * throws the fault it builds here, with the N3Refusal as its detail, so a gateway's client still maps it to
 * {@link N3RefusalFault}. Not a SOAP handler: any handler in the chain makes the SOAP stack copy every call, a
 * pallet's 896 records, into a SAAJ tree and read it back, which cost a call a sixth of the server's work.
 */
final class N3CallerFaults {

    private static final QName CLIENT = new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client");
    private static final JAXBContext REFUSAL = refusalContext();

    private N3CallerFaults() {}

    static SOAPFaultException clientFault(N3RefusalFault refused) {
        try {
            SOAPFault fault = SOAPFactory.newInstance().createFault(refused.getMessage(), CLIENT);
            REFUSAL.createMarshaller().marshal(refused.getFaultInfo(), fault.addDetail());
            return new SOAPFaultException(fault);
        } catch (SOAPException | JAXBException e) {
            throw new IllegalStateException("an N3 refusal could not be written as a SOAP fault", e);
        }
    }

    private static JAXBContext refusalContext() {
        try {
            return JAXBContext.newInstance(N3Refusal.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
