package uk.dsp.inventory.it.support;

import jakarta.xml.ws.BindingProvider;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.xml.datatype.DatatypeFactory;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.CspmN3;
import uk.dsp.inventory.contract.n3.CspmN3Service;
import uk.dsp.inventory.contract.n3.HANVariant;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubs;

/**
 * A CSP gateway: the Metro (jaxws-rt) client of the classes generated from the CSPM-N3 WSDL, bound at
 * run time to the WSDL the server serves at ?wsdl, with the CSP's party ID and password as HTTP Basic (loopback
 * development) or over mutual TLS with its gateway certificate.
 */
public final class N3Gateway {

    private N3Gateway() {}

    public static CspmN3 as(String partyId, String password) {
        CspmN3 port = new CspmN3Service(servedWsdl()).getCspmN3Port();
        if (partyId != null) {
            useBasic(port, partyId, password);
        }
        return port;
    }

    public static void useBasic(CspmN3 port, String partyId, String password) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.USERNAME_PROPERTY, partyId);
        context.put(BindingProvider.PASSWORD_PROPERTY, password);
    }

    /** The HTTPS listener's port: 8443 plus Arquillian's offset of 100. */
    public static final int TLS_PORT = 8543;

    /** A gateway on the HTTPS listener, presenting what its TLS context holds, and no password. */
    public static CspmN3 overTls(SSLContext tls) {
        return overTls(tls, "https://127.0.0.1:" + TLS_PORT + "/dsp/cspm/N3");
    }

    /** As {@link #overTls(SSLContext)}, at another address (a balancer's). */
    public static CspmN3 overTls(SSLContext tls, String endpoint) {
        CspmN3 port = new CspmN3Service(servedWsdl()).getCspmN3Port();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        context.put("com.sun.xml.ws.transport.https.client.SSLSocketFactory", tls.getSocketFactory());
        return port;
    }

    public static URL servedWsdl() {
        try {
            return DspServer.resolve("cspm/N3?wsdl").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PreNotifyCommsHubs call(List<CommsHub> hubs) {
        PreNotifyCommsHubs call = new PreNotifyCommsHubs();
        call.getCommsHub().addAll(hubs);
        return call;
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
