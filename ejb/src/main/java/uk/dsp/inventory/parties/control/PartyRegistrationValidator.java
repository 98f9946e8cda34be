package uk.dsp.inventory.parties.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.parties.entity.GatewayCertificate;
import uk.dsp.inventory.parties.entity.SigningCertificate;

/**
 * The rules of the party registry. A CSP has the role CSP alone, a region, a gateway password for loopback
 * development and the TLS client certificates of its gateways;
 * a Service User has DUIS roles, no region and no password: its people sign in as its users.
 */
public class PartyRegistrationValidator {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final SigningCertificateReader certificateReader = new SigningCertificateReader();
    private final GatewayCertificateReader gatewayCertificateReader = new GatewayCertificateReader();

    public ValidRegistration validate(PartyRegistration r, boolean passwordRequiredForCsp, Instant now) {
        if (!Eui64.isValid(r.partyId())) {
            throw Refused.invalid("partyId must be an EUI-64 such as 90-B3-D5-1F-30-01-00-00, not " + r.partyId());
        }
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw Refused.invalid("name is required, at most 200 characters");
        }
        Set<Role> roles = roles(r.roles());
        CspRegion region = region(r.cspRegion(), roles);
        String password = password(r.password(), roles, passwordRequiredForCsp);
        return new ValidRegistration(
                r.partyId(),
                name,
                roles,
                region,
                email(r.email()),
                alertEndpoint(r.alertEndpoint()),
                certificates(r.certificates(), now),
                gatewayCertificates(r.gatewayCertificates(), now),
                password);
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Refused.invalid("roles must name at least one of " + List.of(Role.values()));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                throw Refused.invalid("unknown role " + name + "; roles are " + List.of(Role.values()));
            }
        }
        if (roles.contains(Role.CSP) && roles.size() > 1) {
            throw Refused.invalid("a CSP holds the role CSP alone, not Service User roles as well");
        }
        return roles;
    }

    private static CspRegion region(String name, Set<Role> roles) {
        boolean csp = roles.contains(Role.CSP);
        if (name == null) {
            if (csp) {
                throw Refused.invalid("a CSP needs its cspRegion");
            }
            return null;
        }
        if (!csp) {
            throw Refused.invalid("only a CSP has a cspRegion");
        }
        try {
            return CspRegion.fromDuisName(name);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("unknown cspRegion " + name
                    + "; regions are North, Central, South, 4G North, 4G Central, 4G South");
        }
    }

    private static String password(String password, Set<Role> roles, boolean requiredForCsp) {
        boolean csp = roles.contains(Role.CSP);
        if (password == null) {
            if (csp && requiredForCsp) {
                throw Refused.invalid("a CSP needs the password its gateway will use");
            }
            return null;
        }
        if (!csp) {
            throw Refused.invalid("a Service User has no party password: its people sign in as its users"
                    + " (POST /dsp/api/admin/parties/{partyId}/users)");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw Refused.invalid("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private static String email(String email) {
        if (email == null) {
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            return address.getAddress();
        } catch (AddressException e) {
            throw Refused.invalid("email is not an address: " + email);
        }
    }

    private static String alertEndpoint(String endpoint) {
        if (endpoint == null) {
            return null;
        }
        try {
            URI uri = new URI(endpoint);
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw Refused.invalid("alertEndpoint must be an absolute http or https URL: " + endpoint);
            }
            return endpoint;
        } catch (URISyntaxException e) {
            throw Refused.invalid("alertEndpoint is not a URL: " + endpoint);
        }
    }

    private List<SigningCertificate> certificates(List<String> pems, Instant now) {
        List<SigningCertificate> certificates = new ArrayList<>();
        Set<String> serials = new HashSet<>();
        for (String pem : pems == null ? List.<String>of() : pems) {
            SigningCertificate certificate = certificateReader.read(pem, now);
            if (!serials.add(certificate.serialNumber())) {
                throw Refused.invalid("certificate serial number " + certificate.serialNumber() + " is given twice");
            }
            certificates.add(certificate);
        }
        return certificates;
    }

    /**
     * A party's TLS client certificates: a CSP's gateways' (CSPM-N3), a Service User's DUIS clients' (its DCCKI TLS
     * certificates); each is registered to one party only.
     */
    private List<GatewayCertificate> gatewayCertificates(List<String> pems, Instant now) {
        if (pems == null || pems.isEmpty()) {
            return List.of();
        }
        List<GatewayCertificate> certificates = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (String pem : pems) {
            GatewayCertificate certificate = gatewayCertificateReader.read(pem, now);
            if (!fingerprints.add(certificate.fingerprint())) {
                throw Refused.invalid("gateway certificate " + certificate.subject() + " is given twice");
            }
            certificates.add(certificate);
        }
        return certificates;
    }
}
