package uk.dsp.inventory.incidents.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.incidents.control.DueDates;
import uk.dsp.inventory.incidents.control.IncidentAccess;
import uk.dsp.inventory.incidents.control.IncidentMails;
import uk.dsp.inventory.incidents.control.IncidentProblem;
import uk.dsp.inventory.incidents.control.IncidentView;
import uk.dsp.inventory.incidents.control.InstallCode;
import uk.dsp.inventory.incidents.control.InstallCodeKey;
import uk.dsp.inventory.incidents.control.InvalidInstallCode;
import uk.dsp.inventory.incidents.entity.Incident;
import uk.dsp.inventory.incidents.entity.IncidentEvent;
import uk.dsp.inventory.incidents.entity.IncidentStatus;
import uk.dsp.inventory.incidents.entity.IncidentStep;
import uk.dsp.inventory.incidents.entity.LodgedInstallCode;
import uk.dsp.inventory.parties.control.DspPartyRow;
import uk.dsp.inventory.parties.entity.Party;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * 'Request for Install Code' incidents (SEC MP121), one facade for the SSI pages and the JSON API so that every
 * rule holds on both. A gaining supplier raises one for an install-and-leave device; it is assigned to the device's
 * installing supplier (the Service User that pre-notified it), which answers with the code within five working
 * days; only the raiser closes it, or the DCC service desk administratively.
 */
@Stateless
public class Incidents {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_TEXT = 2000;

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    DueDates dueDates;

    @Inject
    InstallCodeKey key;

    @Inject
    IncidentMails mails;

    @Inject
    DspPartyRow dspParty;

    public IncidentView raise(PartyMember who, String deviceIdText) {
        Party raiser = em.find(Party.class, who.partyId());
        if (who.kind() != MemberKind.SERVICE_USER_STAFF
                || !who.may(UserRole.INCIDENTS)
                || raiser == null
                || !(raiser.roles().contains(Role.IS) || raiser.roles().contains(Role.GS))) {
            throw Refused.forbidden(
                    "only the staff (role INCIDENTS) of an Import or Gas Supplier (IS, GS) raise a Request for"
                            + " Install Code");
        }
        Eui64 deviceId = deviceId(deviceIdText);
        Device device = em.find(Device.class, deviceId.value());
        if (device == null) {
            throw Refused.notFound("device " + deviceId + " is not in the SMI");
        }
        if (device.type().isCommsHub()) {
            throw Refused.conflict("device " + deviceId + " is a " + device.type()
                    + ": a Comms Hub function joins no HAN with an install code");
        }
        if (device.smiStatus() != SmiStatus.INSTALLED_NOT_COMMISSIONED) {
            throw Refused.conflict(
                    "device " + deviceId + " is " + device.smiStatus().duisName()
                            + ": an install code is requested for a device InstalledNotCommissioned");
        }
        if (device.notifyingPartyId().equals(who.partyId())) {
            throw Refused.conflict("your party is the installing supplier of " + deviceId + ": it holds the code");
        }
        List<Long> open = em.createQuery(
                        "select i.id from Incident i where i.raisedByParty = :party and i.deviceId = :device"
                                + " and i.status <> :closed",
                        Long.class)
                .setParameter("party", who.partyId())
                .setParameter("device", deviceId.value())
                .setParameter("closed", IncidentStatus.CLOSED)
                .getResultList();
        if (!open.isEmpty()) {
            throw new Refused(
                    IncidentProblem.DUPLICATE, "incident " + open.get(0) + " for " + deviceId + " is open already");
        }
        Instant now = Instant.now();
        String assignee = installingSupplier(device);
        Incident incident = new Incident(
                deviceId, who.partyId(), who.username(), assignee, now, dueDates.dueDate(LocalDate.ofInstant(now, UK)));
        em.persist(incident);
        em.flush();
        step(incident, who, IncidentStep.RAISED, null, now);
        step(incident, null, IncidentStep.ASSIGNED, "to " + assignee + ", the installing supplier", now);
        LodgedInstallCode lodged = em.find(LodgedInstallCode.class, deviceId.value());
        if (lodged != null && lodged.partyId().equals(assignee)) {
            InstallCode code = key.cipher().open(lodged.sealedInstallCode(), lodgedContext(deviceId));
            incident.answer(key.cipher().seal(code, context(incident)), now);
            step(
                    incident,
                    null,
                    IncidentStep.INSTALL_CODE_FROM_LODGED,
                    "answered from the code lodged on " + LocalDate.ofInstant(lodged.lodgedAt(), UK),
                    now);
            mails.toParty(
                    assignee,
                    incident,
                    "answered from your lodged install code",
                    "A gaining supplier asked for the install code of a device you installed. The code you lodged"
                            + " answered it at once; nothing is needed from you.");
            mails.toParty(
                    who.partyId(),
                    incident,
                    "install code available",
                    "The install code you asked for is available in the incident.");
        } else {
            mails.toParty(
                    assignee,
                    incident,
                    "Request for Install Code raised for you",
                    "A gaining supplier asks for the install code of a device your party installed. Give it in the"
                            + " incident within five working days (due " + incident.dueOn() + ").");
        }
        return view(incident);
    }

    public IncidentView read(PartyMember who, long id) {
        return view(visible(who, id));
    }

    /** The install code, to the raiser, the assignee and the desk only; the reading is recorded. */
    public String readInstallCode(PartyMember who, long id) {
        Incident incident = visible(who, id);
        if (incident.sealedInstallCode() == null) {
            throw Refused.notFound("incident " + id + " holds no install code yet");
        }
        step(incident, who, IncidentStep.INSTALL_CODE_READ, null, Instant.now());
        return key.cipher()
                .open(incident.sealedInstallCode(), context(incident))
                .value();
    }

    public IncidentView addNote(PartyMember who, long id, String text) {
        Incident incident = lockedVisible(who, id);
        notClosed(incident);
        String note = text(text, "text");
        Instant now = Instant.now();
        step(incident, who, IncidentStep.NOTE, note, now);
        mailRaiserOfUpdate(who, incident, "a note was added");
        return view(incident);
    }

    public IncidentView giveInstallCode(PartyMember who, long id, String codeText) {
        Incident incident = lockedVisible(who, id);
        if (!IncidentAccess.isAssignee(who, incident)) {
            throw Refused.forbidden("only the assigned installing supplier gives the install code");
        }
        notClosed(incident);
        InstallCode code = installCode(codeText);
        Instant now = Instant.now();
        incident.answer(key.cipher().seal(code, context(incident)), now);
        step(incident, who, IncidentStep.INSTALL_CODE_GIVEN, null, now);
        mailRaiserOfUpdate(who, incident, "the install code was given");
        return view(incident);
    }

    public IncidentView close(PartyMember who, long id, String resolution) {
        Incident incident = lockedVisible(who, id);
        if (!IncidentAccess.isRaiser(who, incident)) {
            throw Refused.forbidden("only the raising supplier closes the incident (a DCC operator may close it"
                    + " administratively)");
        }
        return closeWith(who, incident, text(resolution, "resolution"), IncidentStep.CLOSED);
    }

    public IncidentView closeByDesk(PartyMember who, long id, String reason) {
        Incident incident = lockedVisible(who, id);
        desk(who);
        IncidentView closed = closeWith(who, incident, text(reason, "reason"), IncidentStep.CLOSED_BY_DCC);
        mailRaiserOfUpdate(who, incident, "the DCC closed the incident: " + closed.resolution());
        return closed;
    }

    private IncidentView closeWith(PartyMember who, Incident incident, String text, IncidentStep step) {
        notClosed(incident);
        Instant now = Instant.now();
        incident.close(text, now);
        step(incident, who, step, text, now);
        return view(incident);
    }

    public IncidentView reassign(PartyMember who, long id, String partyId, String reason) {
        Incident incident = lockedVisible(who, id);
        desk(who);
        notClosed(incident);
        Party target = partyId == null ? null : em.find(Party.class, partyId.strip());
        if (target == null || target.isCsp() || target.roles().isEmpty()) {
            throw Refused.invalid("reassign to a registered Service User's party ID");
        }
        if (target.partyId().equals(incident.raisedByParty())) {
            throw Refused.conflict("an incident is not assigned to the party that raised it");
        }
        String text = text(reason, "reason");
        incident.assignTo(target.partyId());
        step(incident, who, IncidentStep.REASSIGNED, "to " + target.partyId() + ": " + text, Instant.now());
        mails.toParty(
                target.partyId(),
                incident,
                "Request for Install Code assigned to you",
                "The DCC service desk assigned this incident to your party: " + text);
        mailRaiserOfUpdate(who, incident, "the DCC reassigned the incident to " + target.partyId());
        return view(incident);
    }

    /** The installing supplier lodges a device's install code ahead of any incident (MP281). */
    public void lodgeInstallCode(PartyMember who, String deviceIdText, String codeText) {
        if (who.kind() != MemberKind.SERVICE_USER_STAFF || !who.may(UserRole.INCIDENTS)) {
            throw Refused.forbidden("only a supplier's staff (role INCIDENTS) lodge install codes");
        }
        Eui64 deviceId = deviceId(deviceIdText);
        Device device = em.find(Device.class, deviceId.value());
        if (device == null || !device.notifyingPartyId().equals(who.partyId())) {
            throw Refused.notFound("your party installed no device " + deviceId);
        }
        if (device.type().isCommsHub()) {
            throw Refused.conflict(deviceId + " is a " + device.type() + ": it has no install code");
        }
        InstallCode code = installCode(codeText);
        LodgedInstallCode lodged = em.find(LodgedInstallCode.class, deviceId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (lodged == null) {
            lodged = new LodgedInstallCode(deviceId, who.partyId());
            lodged.lodge(key.cipher().seal(code, lodgedContext(deviceId)), who.username(), Instant.now());
            em.persist(lodged);
        } else {
            lodged.lodge(key.cipher().seal(code, lodgedContext(deviceId)), who.username(), Instant.now());
        }
    }

    /** The device's installing supplier: the Service User that pre-notified it, else the DCC desk to route it. */
    private String installingSupplier(Device device) {
        Party notifier = em.find(Party.class, device.notifyingPartyId());
        if (notifier != null && !notifier.isCsp() && !notifier.roles().isEmpty()) {
            return notifier.partyId();
        }
        return dspParty.get().partyId();
    }

    private void mailRaiserOfUpdate(PartyMember who, Incident incident, String what) {
        if (!who.partyId().equals(incident.raisedByParty())) {
            mails.toParty(incident.raisedByParty(), incident, "updated", "Your incident was updated: " + what + ".");
        }
    }

    private Incident visible(PartyMember who, long id) {
        Incident incident = em.find(Incident.class, id);
        return checkedVisible(who, id, incident);
    }

    private Incident lockedVisible(PartyMember who, long id) {
        return checkedVisible(who, id, em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Incident checkedVisible(PartyMember who, long id, Incident incident) {
        if (incident == null || !IncidentAccess.maySee(who, incident)) {
            throw Refused.notFound("no incident " + id + " that you may see");
        }
        return incident;
    }

    private static void desk(PartyMember who) {
        if (!IncidentAccess.isDesk(who)) {
            throw Refused.forbidden("only the DCC service desk does this");
        }
    }

    private static void notClosed(Incident incident) {
        if (incident.status() == IncidentStatus.CLOSED) {
            throw Refused.conflict("incident " + incident.id() + " is closed");
        }
    }

    private static Eui64 deviceId(String text) {
        if (text == null || text.isBlank()) {
            throw Refused.invalid("the Device ID is mandatory");
        }
        return Eui64.typed(text)
                .orElseThrow(() -> Refused.invalid("the Device ID is an EUI-64 such as " + Eui64.EXAMPLE));
    }

    private static InstallCode installCode(String text) {
        try {
            return InstallCode.parse(text);
        } catch (InvalidInstallCode e) {
            throw Refused.invalid(e.getMessage());
        }
    }

    private static String text(String text, String what) {
        if (text == null || text.isBlank()) {
            throw Refused.invalid("the " + what + " is mandatory");
        }
        if (text.codePoints().anyMatch(Incidents::unprintable)) {
            throw Refused.invalid("the " + what + " holds control characters or is not valid Unicode text");
        }
        if (text.length() > MAX_TEXT) {
            throw Refused.invalid("the " + what + " is at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    /**
     * A code point that has no place in a note a person reads: a control character other than a line break or tab,
     * half of a surrogate pair, or a bidirectional override that would show the text in another order than it is.
     */
    private static boolean unprintable(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || Character.getType(c) == Character.SURROGATE
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    private void step(Incident incident, PartyMember who, IncidentStep kind, String text, Instant now) {
        em.persist(new IncidentEvent(
                incident.id(),
                now,
                who == null ? null : who.username(),
                who == null ? null : who.partyId(),
                kind,
                text));
        em.flush(); // history rows keep the order of the steps: their IDs are given at insert
    }

    static String context(Incident incident) {
        return "incident:" + incident.id();
    }

    private static String lodgedContext(Eui64 deviceId) {
        return "device:" + deviceId;
    }

    IncidentView view(Incident incident) {
        List<IncidentView.Step> history = em
                .createQuery(
                        "select e from IncidentEvent e where e.incidentId = :id order by e.at, e.id",
                        IncidentEvent.class)
                .setParameter("id", incident.id())
                .getResultList()
                .stream()
                .map(e -> new IncidentView.Step(
                        e.at(), e.username(), e.partyId(), e.kind().name(), e.text()))
                .toList();
        return IncidentView.of(incident, LocalDate.now(Clock.system(UK)), history);
    }
}
