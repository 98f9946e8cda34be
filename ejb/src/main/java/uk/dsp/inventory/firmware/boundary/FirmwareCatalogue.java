package uk.dsp.inventory.firmware.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.firmware.control.FirmwareVersions;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.firmware.entity.FirmwareReleaseChange;

/**
 * The latest production firmware version per CH manufacturer and model (seed 003: a re-flash brings a CH to it). DCC
 * Logistics operators set it; the stock view marks the CHs behind it and a re-flash request refuses the CHs already
 * on it. Manufacturer and model are written as CSPs pre-notify them (CSPM-N3, 30 characters).
 */
@Stateless
public class FirmwareCatalogue {

    private static final Logger LOG = Logger.getLogger(FirmwareCatalogue.class.getName());
    private static final Pattern NAME = Pattern.compile("\\S(.{0,28}\\S)?");

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    public List<FirmwareRelease> list() {
        return em.createQuery("select f from FirmwareRelease f order by f.manufacturer, f.model", FirmwareRelease.class)
                .getResultList();
    }

    /** Latest versions by {@link FirmwareRelease#key(String, String)}: the catalogue is a few dozen rows, read whole. */
    public Map<String, String> latestVersions() {
        Map<String, String> latest = new HashMap<>();
        for (FirmwareRelease release : list()) {
            latest.put(FirmwareRelease.key(release.manufacturer(), release.model()), release.latestVersion());
        }
        return latest;
    }

    public FirmwareRelease setLatest(PartyMember member, String manufacturer, String model, String version) {
        if (!member.isOperator() || !member.may(UserRole.LOGISTICS)) {
            throw Refused.forbidden("the firmware catalogue is kept by DCC Logistics operators");
        }
        return set(
                member,
                manufacturer == null ? null : spelling(manufacturer.strip()),
                model == null ? null : model.strip(),
                version == null ? null : version.strip());
    }

    private FirmwareRelease set(PartyMember member, String manufacturer, String model, String version) {
        if (manufacturer == null
                || !NAME.matcher(manufacturer).matches()
                || model == null
                || !NAME.matcher(model).matches()) {
            throw Refused.invalid("manufacturer and model are 1 to 30 characters, as the CSPs pre-notify them");
        }
        if (!FirmwareVersions.isValid(version)) {
            throw Refused.invalid("a firmware version is 1 to 40 letters, digits, spaces, dots, hyphens or underscores,"
                    + " starting with a letter or digit");
        }
        // One model, one entry: "toshiba" and "CH-WAN-N1 " are the catalogue's "Toshiba" and "CH-WAN-N1".
        FirmwareRelease release = em.createQuery(
                        "select f from FirmwareRelease f where lower(f.manufacturer) = lower(:manufacturer)"
                                + " and lower(f.model) = lower(:model)",
                        FirmwareRelease.class)
                .setParameter("manufacturer", manufacturer)
                .setParameter("model", model)
                .getResultStream()
                .findFirst()
                .orElse(null);
        String previous = release == null ? null : release.latestVersion();
        if (release == null) {
            release = new FirmwareRelease(manufacturer, model);
            release.latest(version, member.username(), Instant.now());
            em.persist(release);
        } else {
            release.latest(version, member.username(), Instant.now());
        }
        em.persist(new FirmwareReleaseChange(release, previous));
        LOG.info(() -> "Firmware catalogue: " + manufacturer + " " + model + " latest "
                + (previous == null ? "none" : previous) + " -> " + version + " by " + member.username());
        return release;
    }

    /** The catalogue's settings, newest first: every signed-in user may read them, as the catalogue itself. */
    /** The catalogue's own spelling of a manufacturer written in another case, or the name as it was written. */
    private String spelling(String written) {
        return em.createQuery(
                        "select distinct f.manufacturer from FirmwareRelease f where lower(f.manufacturer) = lower(:written)",
                        String.class)
                .setParameter("written", written)
                .getResultStream()
                .findFirst()
                .orElse(written);
    }

    public List<FirmwareReleaseChange> changes(int limit) {
        return em.createQuery("select c from FirmwareReleaseChange c order by c.id desc", FirmwareReleaseChange.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
