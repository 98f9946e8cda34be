package uk.dsp.inventory.it.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.security.DuisHostileCorpusIT.Hostile.audited;
import static uk.dsp.inventory.it.security.DuisHostileCorpusIT.Hostile.refused;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyException;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.ServerLog;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.DuisSigner;
import uk.dsp.inventory.it.support.duis.DuisXml;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SigningIdentity;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/**
 * Over a hundred hostile DUIS documents, made here: signature wrapping, key confusion, algorithm tricks, counters,
 * encodings, external references and sizes. Each is refused before it is trusted with the HTTP status its case
 * names (400, 403, 409 or 413, with a plain reason), or, the few that authenticate, answered with a signed DUIS
 * error code and audited; none gets a 5xx, none shows the
 * server's insides, none changes the SMI, and the server logs no stack trace for any of them.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class DuisHostileCorpusIT {

    /** The SMI in four numbers: any row added to or changed in the devices, the returns or the audit trail moves one. */
    private static final String SMI = """
            select (select count(*) from device) as devices,
                   (select coalesce(sum(version), 0) from device) as device_versions,
                   (select count(*) from returns_record) as returns_records,
                   (select count(*) from sat_entry) as audit_entries""";
    /** What no answer may show a caller: exception names, stack frames, the server's packages. */
    private static final String[] INSIDES = {
        "Exception", "\tat ", "at uk.dsp", "Caused by", "java.", "javax.", "jakarta.", "org.jboss"
    };
    // Pieces of a signed document as DuisSigner writes it, for the corpus to edit
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String SR = "xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\"";
    private static final String ENVELOPED = "<ds:Transform Algorithm=\"" + Transform.ENVELOPED + "\"/>";
    private static final String WHOLE_DOCUMENT = "<ds:Reference URI=\"\">";
    private static final String SIGNATURE_END = "</ds:Signature>";
    private static final String NOWHERE = "http://127.0.0.1:1/";
    private static final String XSLT = "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\">"
            + "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\">"
            + "<xsl:template match=\"/\"><xsl:copy-of select=\"document('file:///etc/passwd')\"/></xsl:template>"
            + "</xsl:stylesheet></ds:Transform>";

    private ReturningSupplier supplier;
    /** Another registered Service User. */
    private ReturningSupplier rival;
    /** A key nobody registered, in a certificate naming the supplier. */
    private SigningIdentity attacker;
    /** The supplier's CH that the documents return. */
    private Hub hub;
    /** Another of its CHs, which wrapped documents try to return instead. */
    private Hub otherHub;
    /** A read the server accepted before the corpus: its counter is spent, so a copy gets at best 409. */
    private String primer;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    /**
     * One document, and what it gets: refused before it is trusted, the HTTP status (400 unreadable or invalid, 403
     * not trusted, 409 a replay, 413 too large); or, if it may authenticate, 200 with the audited DUIS code and the
     * audit entries it makes.
     */
    record Hostile(String name, byte[] document, int status, String auditedCode, int auditEntries) {

        static Hostile refused(int status, String name, String xml) {
            return refused(status, name, xml.getBytes(UTF_8));
        }

        static Hostile refused(int status, String name, byte[] document) {
            return new Hostile(name, document, status, null, 0);
        }

        static Hostile audited(String name, String xml, String code, int entries) {
            return new Hostile(name, xml.getBytes(UTF_8), 200, code, entries);
        }
    }

    @Test
    void noHostileDocumentIsTrustedNorGetsAServerErrorNorShowsTheServersInsidesNorChangesTheSmi() {
        supplier = ReturningSupplier.register();
        rival = ReturningSupplier.register();
        attacker = SigningIdentity.generate(supplier.partyId());
        List<Hub> hubs = supplier.deliveredHubs(2);
        hub = hubs.get(0);
        otherHub = hubs.get(1);
        primer = supplier.sign(SmiDocuments.readByDeviceId(supplier.partyId(), hub.chf()));
        assertThat(DuisClient.post(primer).body()).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
        // Sent in the order built, so each fresh counter is above those the audited cases spend
        Map<String, List<Hostile>> corpus = new LinkedHashMap<>();
        corpus.put("signature wrapping", signatureWrapping());
        corpus.put("key confusion", keyConfusion());
        corpus.put("algorithm tricks", algorithmTricks());
        corpus.put("counters", counters());
        corpus.put("encodings", encodings());
        corpus.put("external references", externalReferences());
        corpus.put("sizes", sizes());
        int logBefore = ServerLog.text().length();

        SoftAssertions softly = new SoftAssertions();
        corpus.forEach(
                (category, cases) -> cases.forEach(hostile -> send(softly, category + ": " + hostile.name(), hostile)));

        assertThat(corpus.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
        softly.assertAll();
        String log = ServerLog.text();
        assertThat(log.substring(Math.min(logBefore, log.length()))
                        .lines()
                        .filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by: "))
                        .toList())
                .as("stack traces logged while the corpus was sent")
                .isEmpty();
    }

    private static void send(SoftAssertions softly, String name, Hostile hostile) {
        Map<String, Object> expected = new HashMap<>(smi());
        DuisClient.Reply reply = DuisClient.post(hostile.document());
        softly.assertThat(reply.status())
                .as(name + ": " + abbreviated(reply.body()))
                .isEqualTo(hostile.status());
        if (hostile.auditedCode() != null) {
            softly.assertThat(reply.body())
                    .as(name)
                    .contains("<sr:ResponseCode>" + hostile.auditedCode() + "</sr:ResponseCode>", "SignatureValue");
            expected.merge("audit_entries", (long) hostile.auditEntries(), (a, b) -> (Long) a + (Long) b);
        }
        softly.assertThat(reply.body()).as(name + ", the server's insides").doesNotContain(INSIDES);
        softly.assertThat(smi()).as(name + ", the SMI").isEqualTo(expected);
    }

    private static Map<String, Object> smi() {
        return ItDatabase.rows(SMI).get(0);
    }

    /** The signature must cover the whole document: a body moved, added or copied breaks it, or breaks the schema. */
    private List<Hostile> signatureWrapping() {
        String signed = supplier.sign(returnOf(hub));
        String body = element(signed, "sr:Body");
        String evil = body.replace(hub.chf(), otherHub.chf());
        String request = element(signed, "sr:Request");
        String signature = element(signed, "ds:Signature");
        String withEvilBody = replaced(signed, body, evil);
        String byCopy = forged(supplier.identity(), f -> f.references = List.of("#copy"));
        List<Hostile> cases = new ArrayList<>();
        cases.add(refused(403, "another CH in the signed body", withEvilBody));
        cases.add(refused(
                403,
                "signed body moved into a ds:Object, another in its place",
                beforeSignatureEnd(withEvilBody, "<ds:Object>" + body + "</ds:Object>")));
        cases.add(refused(
                403,
                "signed body moved into a ds:Object with Id Body",
                beforeSignatureEnd(withEvilBody, "<ds:Object Id=\"Body\">" + body + "</ds:Object>")));
        cases.add(refused(
                403,
                "signed request kept whole in a ds:Object",
                beforeSignatureEnd(withEvilBody, "<ds:Object>" + request + "</ds:Object>")));
        cases.add(refused(400, "a second sr:Body after the signed one", replaced(signed, body, body + evil)));
        cases.add(refused(400, "a second sr:Body before the signed one", replaced(signed, body, evil + body)));
        cases.add(refused(
                400, "a second sr:Header", replaced(signed, "<sr:Body>", element(signed, "sr:Header") + "<sr:Body>")));
        cases.add(refused(
                400,
                "the signed request inside sr:Body",
                replaced(signed, body, "<sr:Body>" + request + "</sr:Body>")));
        cases.add(refused(
                400,
                "the signed request inside a foreign root",
                "<w:Envelope xmlns:w=\"urn:wrapper\">" + request + "</w:Envelope>"));
        cases.add(refused(
                400,
                "ds:Signature first in sr:Request",
                replaced(replaced(signed, signature, ""), "<sr:Header>", signature + "<sr:Header>")));
        cases.add(refused(
                400,
                "ds:Signature inside sr:Header",
                replaced(replaced(signed, signature, ""), "</sr:Header>", signature + "</sr:Header>")));
        cases.add(refused(
                400,
                "ds:Signature inside sr:Body",
                replaced(replaced(signed, signature, ""), "</sr:Body>", signature + "</sr:Body>")));
        String attackers = element(new DuisSigner(attacker).sign(returnOf(otherHub)), "ds:Signature");
        cases.add(refused(
                400,
                "a second, attacker's ds:Signature last",
                replaced(signed, "</sr:Request>", attackers + "</sr:Request>")));
        cases.add(refused(
                403,
                "a second ds:Signature in the signed one's ds:Object",
                beforeSignatureEnd(signed, "<ds:Object>" + attackers + "</ds:Object>")));
        cases.add(refused(
                400,
                "the same Id on the signed sr:Body and another",
                replaced(
                        signed,
                        body,
                        body.replace("<sr:Body>", "<sr:Body Id=\"b\">")
                                + evil.replace("<sr:Body>", "<sr:Body Id=\"b\">"))));
        cases.add(refused(
                403,
                "the same Id on two ds:Objects, the first not signed",
                replaced(
                        byCopy,
                        "<ds:Object Id=\"copy\">",
                        "<ds:Object Id=\"copy\">" + evil + "</ds:Object><ds:Object Id=\"copy\">")));
        cases.add(refused(403, "the signature over a ds:Object holding a copy of the body", byCopy));
        cases.add(refused(
                403,
                "the signature over the document and over the copy",
                forged(supplier.identity(), f -> f.references = List.of("", "#copy"))));
        cases.add(refused(
                403,
                "the reference pointing at #xpointer(/)",
                signedThenEdited(WHOLE_DOCUMENT, "<ds:Reference URI=\"#xpointer(/)\">")));
        cases.add(refused(
                403,
                "the reference pointing at #xpointer(id('Body'))",
                signedThenEdited(WHOLE_DOCUMENT, "<ds:Reference URI=\"#xpointer(id('Body'))\">")));
        cases.add(refused(
                403,
                "the primer's signature transplanted onto another request",
                replaced(returnOf(otherHub), "</sr:Request>", element(primer, "ds:Signature") + "</sr:Request>")));
        return cases;
    }

    /** The key is the registered certificate's, found by the serial the signature names, and the originator's. */
    private List<Hostile> keyConfusion() {
        X509Certificate registered = supplier.identity().certificate();
        SigningIdentity forger = SigningIdentity.generate(supplier.partyId(), registered.getSerialNumber());
        Key publicKeyAsSecret = new SecretKeySpec(registered.getPublicKey().getEncoded(), "HmacSHA256");
        String namingTheSerial = withKeyInfo(attacker, issuerSerial(registered));
        List<Hostile> cases = new ArrayList<>();
        cases.add(refused(403, "a key nobody registered", new DuisSigner(attacker).sign(returnOf(hub))));
        cases.add(refused(403, "another key, naming the registered certificate's serial", namingTheSerial));
        cases.add(refused(
                403,
                "a forged certificate with the registered one's issuer and serial",
                new DuisSigner(forger).sign(returnOf(hub))));
        cases.add(refused(
                403,
                "the forged certificate itself in KeyInfo",
                withKeyInfo(forger, x509Data(forger.certificate(), registered))));
        cases.add(refused(403, "KeyInfo with only the signer's public key", withKeyInfo(attacker, keyValue(attacker))));
        cases.add(refused(
                403,
                "KeyInfo with only the signer's certificate",
                withKeyInfo(attacker, Forgery.KEYS.newX509Data(List.of(attacker.certificate())))));
        cases.add(refused(
                403,
                "KeyInfo naming the supplier as KeyName",
                withKeyInfo(attacker, Forgery.KEYS.newKeyName(supplier.partyId()))));
        cases.add(refused(
                403,
                "KeyInfo with the registered serial and the signer's public key",
                withKeyInfo(attacker, keyValue(attacker), issuerSerial(registered))));
        cases.add(refused(403, "another registered party's key, for the supplier", rival.sign(returnOf(hub))));
        cases.add(refused(
                403,
                "another key, naming another registered party's serial",
                withKeyInfo(attacker, issuerSerial(rival.identity().certificate()))));
        cases.add(refused(
                403,
                "the supplier's key, claiming to be another party",
                supplier.sign(ReturnDocuments.noFaultReturn(rival.partyId(), nextCounter(), hub))));
        cases.add(refused(
                403,
                "another key, claiming to be the DSP",
                new DuisSigner(SigningIdentity.generate(ReturnDocuments.DSP))
                        .sign(ReturnDocuments.noFaultReturn(ReturnDocuments.DSP, nextCounter(), hub))));
        cases.add(refused(
                403,
                "another key, naming the DSP's own certificate",
                withKeyInfo(attacker, issuerSerial(dspCertificate()))));
        String serial = "<ds:X509SerialNumber>" + registered.getSerialNumber() + "</ds:X509SerialNumber>";
        for (String other : List.of(
                "0",
                "-1",
                "9".repeat(100_000),
                "abc",
                "",
                "00" + registered.getSerialNumber(),
                registered.getSerialNumber().toString(16))) {
            cases.add(refused(
                    403,
                    "X509SerialNumber " + abbreviated(other),
                    replaced(namingTheSerial, serial, "<ds:X509SerialNumber>" + other + "</ds:X509SerialNumber>")));
        }
        cases.add(refused(403, "HMAC-SHA256 keyed with the registered public key", forged(supplier.identity(), f -> {
            f.key = publicKeyAsSecret;
            f.method = SignatureMethod.HMAC_SHA256;
        })));
        cases.add(refused(403, "HMAC-SHA1 keyed with the registered public key", forged(supplier.identity(), f -> {
            f.key = new SecretKeySpec(publicKeyAsSecret.getEncoded(), "HmacSHA1");
            f.method = SignatureMethod.HMAC_SHA1;
        })));
        // Authenticated as itself, so audited: E4, an entry for the CH and one for the request
        cases.add(audited(
                "another registered party returning the supplier's CH as itself",
                rival.sign(ReturnDocuments.noFaultReturn(rival.partyId(), nextCounter(), hub)),
                "E4",
                2));
        return cases;
    }

    /** Only ECDSA-SHA256, exclusive c14n, SHA-256 and the enveloped transform: even with the registered key. */
    private List<Hostile> algorithmTricks() {
        Key rsa = rsaKey();
        List<Hostile> cases = new ArrayList<>();
        for (String method :
                List.of(SignatureMethod.ECDSA_SHA1, SignatureMethod.ECDSA_SHA384, SignatureMethod.ECDSA_SHA512)) {
            cases.add(refused(403, "signature method " + method, forged(supplier.identity(), f -> f.method = method)));
        }
        for (String method : List.of(SignatureMethod.RSA_SHA1, SignatureMethod.RSA_SHA256)) {
            cases.add(refused(
                    403,
                    "signature method " + method + " naming the registered serial",
                    forged(supplier.identity(), f -> {
                        f.key = rsa;
                        f.method = method;
                    })));
        }
        for (String c14n : List.of(
                CanonicalizationMethod.INCLUSIVE,
                CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
                CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
                "http://www.w3.org/2006/12/xml-c14n11")) {
            cases.add(refused(403, "canonicalisation " + c14n, forged(supplier.identity(), f -> f.c14n = c14n)));
        }
        for (String digest : List.of(DigestMethod.SHA1, DigestMethod.SHA512)) {
            cases.add(refused(403, "digest " + digest, forged(supplier.identity(), f -> f.digest = digest)));
        }
        Map<String, String> ds = Map.of("ds", XMLSignature.XMLNS);
        Transform enveloped = transform(Transform.ENVELOPED, null);
        Transform xpath =
                transform(Transform.XPATH, new XPathFilterParameterSpec("not(ancestor-or-self::ds:Signature)", ds));
        Transform xpath2 = transform(
                Transform.XPATH2,
                new XPathFilter2ParameterSpec(List.of(new XPathType("//ds:Signature", XPathType.Filter.SUBTRACT, ds))));
        Map<String, List<Transform>> transforms = new LinkedHashMap<>();
        transforms.put("no transform, the enveloped one missing", List.of());
        transforms.put("an XPath filter instead of the enveloped transform", List.of(xpath));
        transforms.put("an XPath Filter 2.0 instead of the enveloped transform", List.of(xpath2));
        transforms.put(
                "the enveloped transform, then exclusive c14n",
                List.of(enveloped, transform(CanonicalizationMethod.EXCLUSIVE, null)));
        transforms.put("the enveloped transform twice", List.of(enveloped, enveloped));
        transforms.forEach((name, list) ->
                cases.add(refused(403, name, forged(supplier.identity(), f -> f.transforms = list))));
        // What the JDK will not sign with, written into a good signature by hand
        String ecdsa = "Algorithm=\"" + SignatureMethod.ECDSA_SHA256 + "\"";
        String sha256 = "Algorithm=\"" + DigestMethod.SHA256 + "\"";
        cases.add(refused(
                403,
                "signature method rsa-md5",
                signedThenEdited(ecdsa, "Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-md5\"")));
        cases.add(refused(
                403,
                "signature method dsa-sha1",
                signedThenEdited(ecdsa, "Algorithm=\"" + SignatureMethod.DSA_SHA1 + "\"")));
        cases.add(refused(403, "signature method none", signedThenEdited(ecdsa, "Algorithm=\"none\"")));
        cases.add(refused(403, "signature method empty", signedThenEdited(ecdsa, "Algorithm=\"\"")));
        String signed = supplier.sign(returnOf(hub));
        cases.add(refused(
                403,
                "an empty SignatureValue",
                replaced(signed, element(signed, "ds:SignatureValue"), "<ds:SignatureValue/>")));
        cases.add(refused(
                403,
                "digest md5",
                signedThenEdited(sha256, "Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#md5\"")));
        cases.add(refused(
                403, "an XSLT transform after the enveloped one", signedThenEdited(ENVELOPED, ENVELOPED + XSLT)));
        cases.add(refused(403, "an XSLT transform instead of the enveloped one", signedThenEdited(ENVELOPED, XSLT)));
        cases.add(refused(
                403,
                "a base64 transform after the enveloped one",
                signedThenEdited(ENVELOPED, ENVELOPED + "<ds:Transform Algorithm=\"" + Transform.BASE64 + "\"/>")));
        cases.add(refused(403, "a thousand enveloped transforms", signedThenEdited(ENVELOPED, ENVELOPED.repeat(1000))));
        return cases;
    }

    /** The counter must be a number up to 2^64-1 above the originator's last: replays get 409, the rest 400. */
    private List<Hostile> counters() {
        long spent = counterOf(primer);
        List<Hostile> cases = new ArrayList<>();
        cases.add(refused(409, "the primer again", primer));
        cases.add(refused(409, "the primer with a line break after it", primer + "\n"));
        cases.add(refused(
                409,
                "the primer's RequestID on another request",
                supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), spent, hub))));
        cases.add(refused(409, "counter 0", supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), 0, hub))));
        cases.add(refused(
                409,
                "a counter below the last accepted",
                supplier.sign(ReturnDocuments.noFaultReturn(supplier.partyId(), spent - 1, hub))));
        String two64 = BigInteger.ONE.shiftLeft(64).toString();
        for (String counter : List.of(
                "-1",
                "-0",
                two64,
                "99999999999999999999",
                "1" + "0".repeat(20),
                "9".repeat(1000),
                "abc",
                "1e3",
                "0x10",
                "+7",
                "007",
                "１２３",
                "",
                "12 34",
                "1:2")) {
            String request = replaced(
                    ReturnDocuments.noFaultReturn(supplier.partyId(), 1, hub),
                    ":1</sr:RequestID>",
                    ":" + counter + "</sr:RequestID>");
            // Counter 0 is well formed, and no more than the originator's last: a replay (409).
            cases.add(refused(
                    counter.equals("0") ? 409 : 400, "counter " + abbreviated(counter), supplier.sign(request)));
        }
        String request = returnOf(hub);
        cases.add(refused(
                400,
                "two RequestIDs",
                supplier.sign(replaced(
                        request, "<sr:CommandVariant>", element(request, "sr:RequestID") + "<sr:CommandVariant>"))));
        return cases;
    }

    /**
     * Variants of the primer: those that decode to the same characters pass the signature and meet the replay guard
     * (409); bytes that are not what they claim to be are not well-formed (400).
     */
    private List<Hostile> encodings() {
        String utf16 = replaced(primer, "encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        String deviceId = "<sr:DeviceID>";
        List<Hostile> cases = new ArrayList<>();
        cases.add(refused(409, "UTF-16 big-endian with a byte order mark", utf16.getBytes(UTF_16)));
        cases.add(refused(
                409,
                "UTF-16 little-endian with a byte order mark",
                concat(bytes(0xFF, 0xFE), utf16.getBytes(UTF_16LE))));
        cases.add(refused(409, "UTF-16 little-endian without a byte order mark", utf16.getBytes(UTF_16LE)));
        cases.add(
                refused(409, "UTF-8 with a byte order mark", concat(bytes(0xEF, 0xBB, 0xBF), primer.getBytes(UTF_8))));
        cases.add(refused(
                400,
                "UTF-8 with two byte order marks",
                concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), primer.getBytes(UTF_8))));
        cases.add(refused(409, "UTF-32", replaced(primer, "UTF-8", "UTF-32").getBytes(Charset.forName("UTF-32"))));
        cases.add(refused(
                409,
                "declared ISO-8859-1",
                replaced(primer, "UTF-8", "ISO-8859-1").getBytes(ISO_8859_1)));
        cases.add(refused(
                409, "declared US-ASCII", replaced(primer, "UTF-8", "US-ASCII").getBytes(US_ASCII)));
        cases.add(refused(400, "declared UTF-16, written in UTF-8", utf16.getBytes(UTF_8)));
        cases.add(refused(400, "declared in an encoding nobody knows", replaced(primer, "UTF-8", "X-HOSTILE-7")));
        cases.add(refused(400, "declared UTF-8, with an ISO-8859-1 é", withBytesAfter(primer, deviceId, 0xE9)));
        cases.add(refused(400, "byte FF", withBytesAfter(primer, deviceId, 0xFF)));
        cases.add(refused(400, "a lone continuation byte", withBytesAfter(primer, deviceId, 0x80)));
        cases.add(refused(400, "an overlong '<' in two bytes", withBytesAfter(primer, deviceId, 0xC0, 0xBC)));
        cases.add(refused(400, "an overlong '<' in three bytes", withBytesAfter(primer, deviceId, 0xE0, 0x80, 0xBC)));
        cases.add(refused(
                400, "an overlong '<' in four bytes", withBytesAfter(primer, deviceId, 0xF0, 0x80, 0x80, 0xBC)));
        cases.add(refused(
                400, "a UTF-16 surrogate written in UTF-8", withBytesAfter(primer, deviceId, 0xED, 0xA0, 0x80)));
        cases.add(refused(400, "a five-byte sequence", withBytesAfter(primer, deviceId, 0xF8, 0x88, 0x80, 0x80, 0x80)));
        cases.add(refused(400, "a sequence cut short at the end", concat(primer.getBytes(UTF_8), bytes(0xE2, 0x82))));
        cases.add(refused(400, "a NUL byte in a value", withBytesAfter(primer, deviceId, 0x00)));
        cases.add(refused(400, "a NUL character reference", replaced(primer, deviceId, deviceId + "&#0;")));
        cases.add(refused(400, "a control character reference", replaced(primer, deviceId, deviceId + "&#1;")));
        cases.add(refused(400, "NUL bytes after the root", concat(primer.getBytes(UTF_8), bytes(0, 0, 0, 0))));
        cases.add(refused(
                400,
                "a NUL in a UTF-16 document",
                replaced(utf16, deviceId, deviceId + "\u0000").getBytes(UTF_16)));
        cases.add(refused(409, "declared XML 1.1", replaced(primer, "version=\"1.0\"", "version=\"1.1\"")));
        return cases;
    }

    /** Nothing outside the document is read: no DTD at all, no XInclude, no dereferenced URI. */
    private List<Hostile> externalReferences() {
        String deviceId = "<sr:DeviceID>";
        String xinclude =
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>";
        List<Hostile> cases = new ArrayList<>();
        cases.add(refused(
                400,
                "an external entity reading /etc/passwd",
                replaced(
                        withDoctype(primer, "[<!ENTITY x SYSTEM \"file:///etc/passwd\">]"),
                        deviceId,
                        deviceId + "&x;")));
        cases.add(refused(
                400,
                "an external entity over HTTP",
                replaced(
                        withDoctype(primer, "[<!ENTITY x SYSTEM \"" + NOWHERE + "x\">]"), deviceId, deviceId + "&x;")));
        cases.add(refused(400, "an external DTD", withDoctype(primer, "SYSTEM \"" + NOWHERE + "duis.dtd\"")));
        cases.add(refused(
                400,
                "a public DTD",
                withDoctype(primer, "PUBLIC \"-//DCC//DTD DUIS//EN\" \"" + NOWHERE + "duis.dtd\"")));
        cases.add(refused(
                400, "a parameter entity", withDoctype(primer, "[<!ENTITY % p SYSTEM \"" + NOWHERE + "p.dtd\"> %p;]")));
        cases.add(refused(
                400,
                "an internal entity in an attribute",
                replaced(
                        withDoctype(primer, "[<!ENTITY v \"5.1\">]"),
                        "schemaVersion=\"5.1\"",
                        "schemaVersion=\"&v;\"")));
        cases.add(refused(
                400,
                "an XInclude in sr:Body",
                replaced(primer, "<sr:ReadInventory>", xinclude + "<sr:ReadInventory>")));
        cases.add(refused(
                409,
                "an XInclude in a ds:Object",
                beforeSignatureEnd(primer, "<ds:Object>" + xinclude + "</ds:Object>")));
        for (String uri : List.of(NOWHERE + "request.xml", "file:///etc/passwd", "jar:file:///etc/passwd!/x")) {
            cases.add(refused(
                    403,
                    "a reference to " + uri,
                    signedThenEdited(WHOLE_DOCUMENT, "<ds:Reference URI=\"" + uri + "\">")));
        }
        for (String uri : List.of(NOWHERE + "certificate", "file:///etc/passwd")) {
            cases.add(refused(
                    403,
                    "KeyInfo to be retrieved from " + uri,
                    withKeyInfo(attacker, Forgery.KEYS.newRetrievalMethod(uri))));
        }
        String xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";
        cases.add(refused(
                403,
                "xsi:schemaLocation to a remote schema",
                replaced(
                        primer,
                        SR,
                        SR + xsi + "xsi:schemaLocation=\"http://www.dccinterface.co.uk/ServiceUserGateway " + NOWHERE
                                + "duis.xsd\"")));
        cases.add(refused(
                403,
                "xsi:noNamespaceSchemaLocation to a remote schema",
                replaced(primer, SR, SR + xsi + "xsi:noNamespaceSchemaLocation=\"" + NOWHERE + "duis.xsd\"")));
        cases.add(refused(
                403,
                "an xml-stylesheet instruction",
                replaced(
                        primer,
                        DECLARATION,
                        DECLARATION + "<?xml-stylesheet type=\"text/xsl\" href=\"" + NOWHERE + "x.xsl\"?>")));
        cases.add(refused(
                400, "xml:base pointing elsewhere", replaced(primer, SR, SR + " xml:base=\"" + NOWHERE + "\"")));
        return cases;
    }

    /**
     * 2 MiB at most (413), 64 levels and 64 attributes per element at most (the parser's 400), and at most 999 return
     * records: more, signed by the registered key, is refused as a whole with E081406 and one audit entry.
     */
    private List<Hostile> sizes() {
        int mebibyte = 1024 * 1024;
        String request = returnOf(hub);
        List<Hostile> cases = new ArrayList<>();
        cases.add(refused(
                400,
                "a schemaVersion of 100,000 digits",
                replaced(primer, "schemaVersion=\"5.1\"", "schemaVersion=\"5." + "1".repeat(100_000) + "\"")));
        cases.add(refused(
                400,
                "an undeclared attribute of 1 MiB",
                replaced(primer, SR, SR + " x=\"" + "A".repeat(mebibyte) + "\"")));
        cases.add(refused(
                409,
                "a ds:Object Id of 1 MiB",
                beforeSignatureEnd(primer, "<ds:Object Id=\"" + "A".repeat(mebibyte) + "\"/>")));
        cases.add(refused(
                400,
                "65 attributes on sr:Header",
                replaced(primer, "<sr:Header>", "<sr:Header" + attributes(65) + ">")));
        cases.add(refused(400, "10,000 attributes on sr:Request", replaced(primer, SR, SR + attributes(10_000))));
        cases.add(refused(
                409,
                "64 attributes on a ds:Object, the most allowed",
                beforeSignatureEnd(primer, "<ds:Object" + attributes(64) + "/>")));
        cases.add(refused(400, "10,000 namespace declarations", replaced(primer, SR, SR + namespaces(10_000))));
        cases.add(refused(
                409,
                "100,000 elements in a ds:Object",
                beforeSignatureEnd(primer, "<ds:Object>" + "<ds:X/>".repeat(100_000) + "</ds:Object>")));
        cases.add(refused(
                400,
                "10,000 Device IDs in sr:ReadInventory",
                replaced(
                        primer,
                        "<sr:DeviceID>",
                        ("<sr:DeviceID>" + hub.chf() + "</sr:DeviceID>").repeat(10_000) + "<sr:DeviceID>")));
        // The root, ds:Signature and ds:Object are three levels: 61 more reach the limit of 64
        cases.add(refused(
                409,
                "64 levels, the most allowed",
                beforeSignatureEnd(primer, "<ds:Object>" + nested(61) + "</ds:Object>")));
        cases.add(refused(400, "65 levels", beforeSignatureEnd(primer, "<ds:Object>" + nested(62) + "</ds:Object>")));
        cases.add(refused(
                400,
                "10,000 levels before sr:Header",
                replaced(primer, "<sr:Header>", nested(10_000) + "<sr:Header>")));
        cases.add(refused(
                400,
                "10,000 levels in ds:SignedInfo",
                replaced(primer, "</ds:SignedInfo>", nested(10_000) + "</ds:SignedInfo>")));
        cases.add(refused(
                400,
                "10,000 levels in ds:KeyInfo",
                replaced(primer, "</ds:KeyInfo>", nested(10_000) + "</ds:KeyInfo>")));
        cases.add(refused(
                400,
                "10,000 levels in sr:ReadInventory and in a ds:Object",
                beforeSignatureEnd(
                        replaced(primer, "</sr:ReadInventory>", nested(10_000) + "</sr:ReadInventory>"),
                        "<ds:Object>" + nested(10_000) + "</ds:Object>")));
        cases.add(refused(409, "exactly 2 MiB", padded(primer, 2 * mebibyte)));
        cases.add(refused(413, "2 MiB and a byte", padded(primer, 2 * mebibyte + 1)));
        cases.add(refused(413, "3 MiB", padded(primer, 3 * mebibyte)));
        cases.add(refused(400, "no bytes at all", new byte[0]));
        cases.add(refused(400, "only whitespace", " \n\t "));
        cases.add(refused(400, "only the XML declaration", DECLARATION));
        cases.add(refused(400, "an empty sr:Request", "<sr:Request " + SR + " schemaVersion=\"5.1\"/>"));
        cases.add(refused(
                400, "an empty sr:Body", supplier.sign(replaced(request, element(request, "sr:Body"), "<sr:Body/>"))));
        cases.add(refused(
                400,
                "AdditionalInformation of 1 MiB",
                supplier.sign(replaced(
                        returnOf(hub),
                        "</sr:CHFNoFaultReturnType>",
                        "</sr:CHFNoFaultReturnType><sr:AdditionalInformation>" + "x".repeat(mebibyte)
                                + "</sr:AdditionalInformation>"))));
        cases.add(refused(
                403, "1,000 records signed by a key nobody registered", new DuisSigner(attacker).sign(bulk(1_000))));
        cases.add(refused(413, "20,000 records, over 2 MiB", supplier.sign(bulk(20_000))));
        // Authenticated, so refused in DUIS terms (NonDeviceServiceRequestEndpoint#refuseTooMany): one audit entry
        cases.add(audited("1,000 records", supplier.sign(bulk(1_000)), "E081406", 1));
        cases.add(audited("5,000 records", supplier.sign(bulk(5_000)), "E081406", 1));
        return cases;
    }

    /** An unsigned SR 8.14.4 from the supplier for one CH, with a fresh counter. */
    private String returnOf(Hub which) {
        return ReturnDocuments.noFaultReturn(supplier.partyId(), nextCounter(), which);
    }

    private String bulk(int records) {
        List<Hub> hubs = IntStream.range(0, records)
                .mapToObj(i -> new Hub(Eui64s.random(), Eui64s.random()))
                .toList();
        return ReturnDocuments.bulkNoFaultReturn(supplier.partyId(), nextCounter(), hubs);
    }

    /** A return of the supplier's CH signed by {@code signer}, the signature changed as given. */
    private String forged(SigningIdentity signer, Consumer<Forgery> change) {
        Forgery forgery = new Forgery(signer);
        change.accept(forgery);
        return forgery.sign(returnOf(hub));
    }

    private String withKeyInfo(SigningIdentity signer, XMLStructure... keyInfo) {
        return forged(signer, f -> f.keyInfo = List.of(keyInfo));
    }

    /** A return of the supplier's CH, signed by the supplier, then edited where the JDK would not sign so. */
    private String signedThenEdited(String target, String replacement) {
        return replaced(supplier.sign(returnOf(hub)), target, replacement);
    }

    /**
     * A signer that leaves open what DuisSigner fixes: the key, the algorithms, the references and the KeyInfo.
     * Each field starts as DuisSigner has it, the KeyInfo naming the signer's certificate by issuer and serial.
     */
    private static final class Forgery {

        static final XMLSignatureFactory XML = XMLSignatureFactory.getInstance("DOM");
        static final KeyInfoFactory KEYS = XML.getKeyInfoFactory();

        Key key;
        List<XMLStructure> keyInfo;
        String method = SignatureMethod.ECDSA_SHA256;
        String c14n = CanonicalizationMethod.EXCLUSIVE;
        String digest = DigestMethod.SHA256;
        List<Transform> transforms = List.of(transform(Transform.ENVELOPED, null));
        /** "" is the whole document; "#copy" a ds:Object in the signature holding a copy of sr:Body. */
        List<String> references = List.of("");

        Forgery(SigningIdentity signer) {
            key = signer.privateKey();
            keyInfo = List.of(issuerSerial(signer.certificate()));
        }

        String sign(String xml) {
            Document document = DuisXml.parse(xml);
            DuisXml.stripIndentation(document);
            try {
                List<Reference> signed = new ArrayList<>();
                for (String uri : references) {
                    signed.add(XML.newReference(
                            uri,
                            XML.newDigestMethod(digest, null),
                            uri.isEmpty() ? transforms : List.of(),
                            null,
                            null));
                }
                List<XMLObject> objects = references.contains("#copy")
                        ? List.of(XML.newXMLObject(
                                List.of(new DOMStructure(document.getElementsByTagNameNS("*", "Body")
                                        .item(0)
                                        .cloneNode(true))),
                                "copy",
                                null,
                                null))
                        : List.of();
                SignedInfo signedInfo = XML.newSignedInfo(
                        XML.newCanonicalizationMethod(c14n, (C14NMethodParameterSpec) null),
                        XML.newSignatureMethod(method, null),
                        signed);
                DOMSignContext context = new DOMSignContext(key, document.getDocumentElement());
                context.setDefaultNamespacePrefix("ds");
                XML.newXMLSignature(signedInfo, KEYS.newKeyInfo(keyInfo), objects, null, null)
                        .sign(context);
                return DuisXml.serialize(document);
            } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
                throw new IllegalStateException("cannot forge a signature", e);
            }
        }
    }

    private static Transform transform(String algorithm, TransformParameterSpec parameters) {
        try {
            return Forgery.XML.newTransform(algorithm, parameters);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XMLStructure issuerSerial(X509Certificate named) {
        return x509Data(null, named);
    }

    /** X509Data with the certificate (if any) and the issuer and serial of {@code named}. */
    private static XMLStructure x509Data(X509Certificate certificate, X509Certificate named) {
        List<Object> content = new ArrayList<>();
        if (certificate != null) {
            content.add(certificate);
        }
        content.add(
                Forgery.KEYS.newX509IssuerSerial(named.getIssuerX500Principal().getName(), named.getSerialNumber()));
        return Forgery.KEYS.newX509Data(content);
    }

    private static XMLStructure keyValue(SigningIdentity identity) {
        try {
            return Forgery.KEYS.newKeyValue(identity.certificate().getPublicKey());
        } catch (KeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Key rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate dspCertificate() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(
                            DuisClient.dspCertificatePem().getBytes(US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long counterOf(String signed) {
        Matcher counter = Pattern.compile(":(\\d+)</sr:RequestID>").matcher(signed);
        if (!counter.find()) {
            throw new IllegalArgumentException("no RequestID counter in " + signed);
        }
        return Long.parseLong(counter.group(1));
    }

    /** The first {@code <qName ...>...</qName>} in the text, as written. */
    private static String element(String xml, String qName) {
        int start = xml.indexOf("<" + qName);
        int end = xml.indexOf("</" + qName + ">", start);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no " + qName + " in " + abbreviated(xml));
        }
        return xml.substring(start, end + qName.length() + 3);
    }

    /** The text with its first {@code target} replaced: a target not found is a mistake in the corpus, not a case. */
    private static String replaced(String text, String target, String replacement) {
        int at = indexOf(text, target);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static int indexOf(String text, String target) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException("no " + abbreviated(target) + " in " + abbreviated(text));
        }
        return at;
    }

    /** Inside the ds:Signature, after what it signs: the enveloped transform leaves it out of the digest. */
    private static String beforeSignatureEnd(String signed, String content) {
        return replaced(signed, SIGNATURE_END, content + SIGNATURE_END);
    }

    private static String withDoctype(String xml, String declaration) {
        return replaced(xml, DECLARATION, DECLARATION + "<!DOCTYPE sr:Request " + declaration + ">");
    }

    private static byte[] withBytesAfter(String xml, String marker, int... raw) {
        int at = indexOf(xml, marker) + marker.length();
        return concat(
                xml.substring(0, at).getBytes(UTF_8),
                bytes(raw),
                xml.substring(at).getBytes(UTF_8));
    }

    /** The document followed by spaces up to {@code size} bytes. */
    private static byte[] padded(String xml, int size) {
        byte[] document = xml.getBytes(UTF_8);
        byte[] padded = Arrays.copyOf(document, size);
        Arrays.fill(padded, document.length, size, (byte) ' ');
        return padded;
    }

    private static String nested(int depth) {
        return "<x>".repeat(depth) + "</x>".repeat(depth);
    }

    private static String attributes(int count) {
        return IntStream.range(0, count).mapToObj(i -> " a" + i + "=\"1\"").collect(Collectors.joining());
    }

    private static String namespaces(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> " xmlns:n" + i + "=\"urn:n" + i + "\"")
                .collect(Collectors.joining());
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
