package uk.dsp.inventory.reflash.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.firmware.control.FirmwareVersions;
import uk.dsp.inventory.reflash.control.FirmwareFile;
import uk.dsp.inventory.reflash.control.ReflashAccess;
import uk.dsp.inventory.reflash.control.ReflashProgress;
import uk.dsp.inventory.reflash.control.ReflashQueries;
import uk.dsp.inventory.reflash.entity.ReflashItem;
import uk.dsp.inventory.reflash.entity.ReflashRequest;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Seed 003 option B: DCC Logistics uploads a CSV file of re-flashed CHs and their new firmware versions. Each line is
 * checked on its own (a Pending CH its CSP holds in an open work order, a version that is no downgrade) and the
 * good lines are applied in one transaction, with the report of every line. The same file again changes nothing: its
 * lines are already recorded.
 */
@Stateless
public class FirmwareUploads {

    private static final Logger LOG = Logger.getLogger(FirmwareUploads.class.getName());

    /** What became of each line of the file. */
    public record Report(List<Row> applied, List<Row> unchanged, List<Row> refused) {}

    /** A line of the file and what became of it. */
    public record Row(long line, String deviceId, String version, String outcome) {}

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    ReflashQueries rows;

    @Inject
    ReflashProgress progress;

    public Report upload(PartyMember member, byte[] content) {
        ReflashAccess.requireLogistics(member);
        List<FirmwareFile.Line> lines = FirmwareFile.read(content);
        List<Long> ids = lines.stream()
                .filter(l -> l.problem() == null)
                .map(l -> l.chf().value())
                .toList();
        Map<Long, Device> devices = rows.hubsLocked(ids);
        Map<Long, ReflashItem> atCsp = rows.atCspLocked(ids);
        Map<Long, String> partyOfRequest = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        List<Row> applied = new ArrayList<>();
        List<Row> unchanged = new ArrayList<>();
        List<Row> refused = new ArrayList<>();
        Instant now = Instant.now();
        for (FirmwareFile.Line line : lines) {
            if (line.problem() != null) {
                refused.add(row(line, line.problem()));
                continue;
            }
            long id = line.chf().value();
            Device chf = devices.get(id);
            ReflashItem item = atCsp.get(id);
            String problem = seen.add(id) ? problemOf(line, chf, item) : "named on an earlier line";
            if (problem != null) {
                refused.add(row(line, problem));
            } else if (line.version().equals(item.firmwareAfter())
                    && line.version().equals(chf.firmwareVersion())) {
                unchanged.add(row(line, "already recorded"));
            } else {
                chf.recordFirmware(line.version(), now);
                Device gpf = chf.gpfDeviceId() == null
                        ? null
                        : devices.get(chf.gpfDeviceId().value());
                if (gpf != null) {
                    gpf.recordFirmware(line.version(), now);
                }
                progress.firmwareRecorded(item, line.version(), "UPLOAD", member.username(), member.partyId(), now);
                String party = partyOfRequest.computeIfAbsent(item.requestId(), this::partyOf);
                progress.succeeded(item, party, member.username(), member.partyId(), now);
                applied.add(row(line, "recorded"));
            }
        }
        LOG.info(() -> "Firmware file by " + member.username() + ": " + applied.size() + " applied, " + unchanged.size()
                + " already recorded, " + refused.size() + " refused");
        return new Report(applied, unchanged, refused);
    }

    private static String problemOf(FirmwareFile.Line line, Device chf, ReflashItem item) {
        if (chf == null || chf.type() != DeviceType.CHF) {
            return "not a CH's CHF in the SMI";
        }
        if (chf.smiStatus() != SmiStatus.PENDING) {
            return "not Pending";
        }
        if (item == null) {
            return "not in an open work order, received by its CSP";
        }
        if (FirmwareVersions.isDowngrade(chf.firmwareVersion(), line.version())) {
            return "a downgrade from " + chf.firmwareVersion();
        }
        return null;
    }

    private String partyOf(long requestId) {
        return em.find(ReflashRequest.class, requestId).partyId();
    }

    private static Row row(FirmwareFile.Line line, String outcome) {
        return new Row(line.number(), line.deviceId(), line.version(), outcome);
    }
}
