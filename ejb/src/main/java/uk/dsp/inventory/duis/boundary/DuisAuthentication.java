package uk.dsp.inventory.duis.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import uk.dsp.inventory.dcc.Originator;
import uk.dsp.inventory.dcc.RequestId;
import uk.dsp.inventory.duis.control.SignatureRefused;
import uk.dsp.inventory.duis.control.SignatureVerifier;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.parties.entity.PartyCertificate;

/**
 * Who signed a DUIS request: the signature must verify with a certificate registered to the RequestID's
 * originator, found by the serial number the signature names, and valid today.
 */
@Stateless
public class DuisAuthentication {

    private static final Logger LOG = Logger.getLogger(DuisAuthentication.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final SignatureVerifier verifier = new SignatureVerifier();

    public Originator originatorOf(Document request, RequestId requestId) {
        String originator = requestId.originator().toString();
        Instant now = Instant.now();
        verifier.verify(request, serial -> registeredCertificate(serial, originator, now));
        Party party = em.find(Party.class, originator);
        return new Originator(party.partyId(), party.roles());
    }

    private X509Certificate registeredCertificate(BigInteger serial, String originator, Instant now) {
        PartyCertificate registered =
                em.find(PartyCertificate.class, serial.toString(16).toUpperCase());
        if (registered == null) {
            return null;
        }
        if (!registered.partyId().equals(originator)) {
            LOG.info(() -> "A request from " + originator + " is signed with the certificate of party "
                    + registered.partyId() + ": refused");
            throw new SignatureRefused(SignatureRefused.NOT_REGISTERED);
        }
        if (!registered.isValidAt(now)) {
            throw new SignatureRefused("the signing certificate is not valid today");
        }
        return parse(registered.pem());
    }

    private static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("a registered certificate no longer parses", e);
        }
    }
}
