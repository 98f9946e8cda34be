package uk.dsp.inventory.parties.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.parties.control.PartyRegistration;
import uk.dsp.inventory.parties.control.PartyRegistrationValidator;
import uk.dsp.inventory.parties.control.PasswordHasher;
import uk.dsp.inventory.parties.control.RegistryConstraints;
import uk.dsp.inventory.parties.control.RegistryProblem;
import uk.dsp.inventory.parties.control.ValidRegistration;
import uk.dsp.inventory.parties.entity.GatewayCertificate;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.parties.entity.PartyCertificate;
import uk.dsp.inventory.parties.entity.PartyGatewayCertificate;
import uk.dsp.inventory.parties.entity.RegisteredCertificate;
import uk.dsp.inventory.parties.entity.SigningCertificate;

/** The party registry: administrators register and update Service Users and CSPs. */
@Stateless
public class Parties {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    private final PartyRegistrationValidator validator = new PartyRegistrationValidator();

    public PartyView register(PartyRegistration registration) {
        Instant now = Instant.now();
        ValidRegistration valid = validator.validate(registration, true, now);
        if (em.find(Party.class, valid.partyId()) != null) {
            throw new Refused(
                    RegistryProblem.ALREADY_REGISTERED,
                    "party " + valid.partyId() + " is already registered; change it with PUT");
        }
        Party party = new Party(valid.partyId(), now);
        apply(party, valid, now);
        em.persist(party);
        flush(party.partyId());
        replaceCertificates(party, valid);
        return view(party);
    }

    public PartyView update(String partyId, PartyRegistration registration) {
        if (registration.partyId() != null && !registration.partyId().equals(partyId)) {
            throw Refused.invalid("the body's partyId " + registration.partyId() + " is not " + partyId);
        }
        Party party = find(partyId);
        Instant now = Instant.now();
        ValidRegistration valid =
                validator.validate(withPartyId(registration, partyId), party.passwordHash() == null, now);
        apply(party, valid, now);
        flush(partyId);
        replaceCertificates(party, valid);
        return view(party);
    }

    /**
     * Every registered party by ID, for the operators' page: SEC parties number in the hundreds, so the roles and the
     * certificates come in one query each, not one a party.
     */
    public List<PartyView> list() {
        List<Party> parties = em.createQuery("select p from Party p order by p.partyId", Party.class)
                .setHint("eclipselink.batch", "p.roles")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Map<String, List<String>> certificates =
                pemsByParty("select c.partyId, c.pem from PartyCertificate c order by c.partyId, c.serialNumber");
        Map<String, List<String>> gatewayCertificates =
                pemsByParty("select c.partyId, c.pem from PartyGatewayCertificate c order by c.partyId, c.fingerprint");
        return parties.stream()
                .map(party -> view(
                        party,
                        certificates.getOrDefault(party.partyId(), List.of()),
                        gatewayCertificates.getOrDefault(party.partyId(), List.of())))
                .toList();
    }

    /** The party's name, or null when no party of this ID is registered. */
    public String nameOf(String partyId) {
        Party party = Eui64.isValid(partyId) ? em.find(Party.class, partyId) : null;
        return party == null ? null : party.name();
    }

    private Map<String, List<String>> pemsByParty(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList().stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    public PartyView read(String partyId) {
        return view(find(partyId));
    }

    private Party find(String partyId) {
        Party party = Eui64.isValid(partyId) ? em.find(Party.class, partyId) : null;
        if (party == null) {
            throw Refused.notFound("no party " + partyId + " is registered");
        }
        return party;
    }

    private void apply(Party party, ValidRegistration valid, Instant now) {
        requireRegionFree(valid);
        party.describe(valid.name(), valid.roles(), valid.cspRegion(), valid.email(), valid.alertEndpoint(), now);
        if (valid.password() != null) {
            party.changePasswordHash(hasher.hash(valid.password()));
        }
    }

    /** A region has one CSP (the unique index party_one_csp_per_region holds it against concurrent registrations). */
    private void requireRegionFree(ValidRegistration valid) {
        if (valid.cspRegion() == null) {
            return;
        }
        em.createQuery(
                        "select p.partyId from Party p where p.cspRegion = :region and p.partyId <> :party",
                        String.class)
                .setParameter("region", valid.cspRegion())
                .setParameter("party", valid.partyId())
                .getResultStream()
                .findFirst()
                .ifPresent(holder -> {
                    throw new Refused(
                            RegistryProblem.REGION_TAKEN,
                            "region " + valid.cspRegion().duisName() + " already has its CSP, party " + holder
                                    + "; a region has one CSP");
                });
    }

    private void replaceCertificates(Party party, ValidRegistration valid) {
        for (String kind : List.of("PartyCertificate", "PartyGatewayCertificate")) {
            em.createQuery("delete from " + kind + " c where c.partyId = :party")
                    .setParameter("party", party.partyId())
                    .executeUpdate();
        }
        for (SigningCertificate certificate : valid.certificates()) {
            registerOnce(
                    new PartyCertificate(party.partyId(), certificate),
                    certificate.serialNumber(),
                    "certificate serial number " + certificate.serialNumber());
        }
        for (GatewayCertificate certificate : valid.gatewayCertificates()) {
            registerOnce(
                    new PartyGatewayCertificate(party.partyId(), certificate),
                    certificate.fingerprint(),
                    "gateway certificate " + certificate.subject());
        }
        flush(party.partyId());
    }

    /**
     * Writes what is pending now, so that a registration racing another past the checks is refused as the checks
     * would have refused it, not as a server error.
     */
    private void flush(String partyId) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RegistryConstraints.refusalFor(e, partyId).orElseThrow(() -> e);
        }
    }

    /** A certificate belongs to one party: another's is refused, naming it (to the administrator). */
    private void registerOnce(RegisteredCertificate certificate, String key, String named) {
        RegisteredCertificate holder = em.find(certificate.getClass(), key);
        if (holder != null) {
            throw new Refused(
                    RegistryProblem.CERTIFICATE_IN_USE, named + " is registered to party " + holder.partyId());
        }
        em.persist(certificate);
    }

    private List<PartyCertificate> certificatesOf(String partyId) {
        return em.createQuery(
                        "select c from PartyCertificate c where c.partyId = :party order by c.serialNumber",
                        PartyCertificate.class)
                .setParameter("party", partyId)
                .getResultList();
    }

    private PartyView view(Party party) {
        return view(
                party,
                certificatesOf(party.partyId()).stream()
                        .map(PartyCertificate::pem)
                        .toList(),
                em.createQuery(
                                "select c.pem from PartyGatewayCertificate c where c.partyId = :party order by c.fingerprint",
                                String.class)
                        .setParameter("party", party.partyId())
                        .getResultList());
    }

    private static PartyView view(Party party, List<String> certificates, List<String> gatewayCertificates) {
        return new PartyView(
                party.partyId(),
                party.name(),
                party.roles().stream().map(Enum::name).sorted().toList(),
                party.cspRegion() == null ? null : party.cspRegion().duisName(),
                party.email(),
                party.alertEndpoint(),
                certificates,
                gatewayCertificates,
                party.passwordHash() != null);
    }

    private static PartyRegistration withPartyId(PartyRegistration r, String partyId) {
        return new PartyRegistration(
                partyId,
                r.name(),
                r.roles(),
                r.cspRegion(),
                r.email(),
                r.alertEndpoint(),
                r.certificates(),
                r.gatewayCertificates(),
                r.password());
    }
}
