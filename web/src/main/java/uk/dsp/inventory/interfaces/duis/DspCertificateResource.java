package uk.dsp.inventory.interfaces.duis;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import uk.dsp.inventory.duis.boundary.DspSigningKey;

/** The DSP's public signing certificate, with which Service Users verify DUIS responses and DCC alerts. */
@Path("v1/dsp-certificate")
public class DspCertificateResource {

    @EJB
    DspSigningKey signingKey;

    @GET
    @Produces("application/x-pem-file")
    public String certificate() {
        return signingKey.certificatePem();
    }
}
