package uk.dsp.inventory.it.support;

import jakarta.xml.ws.BindingProvider;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.CspmN3Service;
import uk.dsp.inventory.contract.n3.HANVariant;

/**
 * A CSP gateway: the Metro (jaxws-rt) client of the classes generated from the CSPM-N3 WSDL, bound at
 * run time to the WSDL the server serves at ?wsdl, with the CSP's party ID and password as HTTP Basic.
 */
public final class N3Gateway {

    private N3Gateway() {}

    public static CspmN3 as(String partyId, String password) {
        CspmN3 port = new CspmN3Service(servedWsdl()).getCspmN3Port();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        if (partyId != null) {
            context.put(BindingProvider.USERNAME_PROPERTY, partyId);
            context.put(BindingProvider.PASSWORD_PROPERTY, password);
        }
        return port;
    }

    public static URL servedWsdl() {
        try {
            return DspServer.resolve("cspm/N3?wsdl").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete, valid record of a CH whose GPF is the CHF's Device ID plus one. */
    public static CommsHub commsHub(String region, String deliveredTo) {
        long chf = Eui64s.value(Eui64s.random()) & ~1L;
        CommsHub hub = new CommsHub();
        hub.setCHFDeviceID(Eui64s.format(chf));
        hub.setGPFDeviceID(Eui64s.format(chf + 1));
        hub.setDeviceManufacturer("Toshiba");
        hub.setDeviceModel("CH-4G-N1");
        hub.setFirmwareVersion("1.4.2");
        hub.setHardwareVersion("B2");
        hub.setSMETSCHTSVersion("CHTS 1.3");
        hub.setHANVariant(HANVariant.SINGLE_BAND_2_4_G_HZ);
        hub.setCSPRegion(region);
        hub.setDeliveredToPartyID(deliveredTo);
        hub.setDeliveryDate(DatatypeFactory.newDefaultInstance()
                .newXMLGregorianCalendar(LocalDate.of(2026, 11, 2).toString()));
        return hub;
    }
}
