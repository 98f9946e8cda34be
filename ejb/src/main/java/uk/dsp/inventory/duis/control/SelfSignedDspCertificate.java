package uk.dsp.inventory.duis.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import uk.dsp.inventory.dcc.Eui64;

/**
 * The DSP's signing certificate when no keystore is configured: self-signed, ECDSA P-256, and carrying the
 * DSP's EUI-64 in the subject's x500UniqueIdentifier, as DUIS signing certificates do.
 */
public class SelfSignedDspCertificate {

    private static final Duration VALIDITY = Duration.ofDays(2 * 365);

    public X509Certificate issue(KeyPair keys, Eui64 dspPartyId, Instant now) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "DSP Inventory " + dspPartyId)
                .addRDN(BCStyle.UNIQUE_IDENTIFIER, new DERBitString(eightBytes(dspPartyId.value())))
                .build();
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    subject,
                                    new BigInteger(127, new SecureRandom()).setBit(126),
                                    Date.from(now.minus(Duration.ofDays(1))),
                                    Date.from(now.plus(VALIDITY)),
                                    subject,
                                    keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the DSP's signing certificate", e);
        }
    }

    private static byte[] eightBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }
}
