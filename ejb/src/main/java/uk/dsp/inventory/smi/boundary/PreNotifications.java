package uk.dsp.inventory.smi.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.dcc.Role;
import uk.dsp.inventory.parties.boundary.AuthenticatedCsp;
import uk.dsp.inventory.platform.resources.ServerResources;
import uk.dsp.inventory.smi.control.CommsHubIntake;
import uk.dsp.inventory.smi.control.CommsHubPreNotification;
import uk.dsp.inventory.smi.control.CommsHubsInReflash;
import uk.dsp.inventory.smi.control.NewCommsHubRows;
import uk.dsp.inventory.smi.control.PreNotificationCallValidator;
import uk.dsp.inventory.smi.control.PreNotificationOutcome;
import uk.dsp.inventory.smi.control.ReflashHold;
import uk.dsp.inventory.smi.entity.Device;

/**
 * CSPM-N3: a CSP pre-notifies the Comms Hubs it delivered. One transaction a call: the good records are
 * applied and the bad ones reported with their reason; a call that is wrong as a whole changes nothing.
 */
@Stateless
public class PreNotifications {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    private final PreNotificationCallValidator callValidator = new PreNotificationCallValidator();
    private final CommsHubIntake intake = new CommsHubIntake();
    private final NewCommsHubRows newRows = new NewCommsHubRows();

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @Inject
    CommsHubsInReflash reflash;

    public List<PreNotificationOutcome> preNotify(AuthenticatedCsp csp, List<CommsHubPreNotification> records) {
        callValidator.validate(records, csp.region());
        Instant now = Instant.now();
        Map<Long, Device> known = knownDevices(records);
        Set<String> recipients = serviceUsersAmong(records);
        // Only a CH the SMI holds can be in a re-flash: a pallet of new CHs asks nothing more.
        Map<Long, ReflashHold> holds = reflash.holdsOn(records.stream()
                .map(r -> r.chfDeviceId().value())
                .filter(known::containsKey)
                .toList());
        List<PreNotificationOutcome> outcomes = new ArrayList<>(records.size());
        List<Device> created = new ArrayList<>();
        Map<Eui64, String> reflashed = new HashMap<>();
        for (CommsHubPreNotification record : records) {
            CommsHubIntake.Decision decision = intake.decide(
                    record,
                    known.get(record.chfDeviceId().value()),
                    known.get(record.gpfDeviceId().value()),
                    recipients.contains(record.details().deliveredToPartyId()),
                    holds.getOrDefault(record.chfDeviceId().value(), ReflashHold.NONE),
                    csp.partyId(),
                    now);
            created.addAll(decision.newDevices());
            if (decision.reflashed()) {
                reflashed.put(record.chfDeviceId(), record.details().firmwareVersion());
            }
            outcomes.add(new PreNotificationOutcome(record.chfDeviceId(), decision.reason()));
        }
        insertNew(created);
        if (!reflashed.isEmpty()) {
            reflash.firmwareRecordedByCsp(reflashed, csp.partyId(), now);
        }
        return outcomes;
    }

    /** In the call's transaction, on its connection: the datasource hands this transaction the one it already has. */
    private void insertNew(List<Device> created) {
        if (created.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            newRows.insert(connection, created);
        } catch (SQLException e) {
            throw new PersistenceException("new Comms Hubs not written: " + e.getMessage(), e);
        }
    }

    /**
     * Every device the call names, in one query, locked so that two calls for one CH do not race. The IDs go as one
     * array parameter: a JPQL {@code in} of a pallet's 1,792 parameters cost EclipseLink and the database a new
     * statement of 1,792 markers at every call, 30 ms of a call of new CHs that finds none.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Device> knownDevices(List<CommsHubPreNotification> records) {
        Long[] ids = new Long[records.size() * 2];
        int i = 0;
        for (CommsHubPreNotification record : records) {
            ids[i++] = record.chfDeviceId().value();
            ids[i++] = record.gpfDeviceId().value();
        }
        List<Device> found = em.createNativeQuery(
                        "select * from device where device_id = any (?1) for update", Device.class)
                .setParameter(1, ids)
                .getResultList();
        return found.stream().collect(Collectors.toMap(d -> d.deviceId().value(), Function.identity()));
    }

    private Set<String> serviceUsersAmong(List<CommsHubPreNotification> records) {
        Collection<String> named =
                records.stream().map(r -> r.details().deliveredToPartyId()).collect(Collectors.toSet());
        return new HashSet<>(em.createQuery(
                        "select distinct p.partyId from Party p join p.roles r where p.partyId in :ids and r in :roles",
                        String.class)
                .setParameter("ids", named)
                .setParameter("roles", Role.SERVICE_USER_ROLES)
                .getResultList());
    }
}
