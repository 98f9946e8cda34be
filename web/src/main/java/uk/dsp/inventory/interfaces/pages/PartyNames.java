package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dsp.inventory.interfaces.http.DatabaseUnavailable;
import uk.dsp.inventory.parties.boundary.Parties;
import uk.dsp.inventory.parties.boundary.PartyView;

/**
 * Parties' names for the pages, which show a party by its name with its ID beside it. SEC parties number in the
 * hundreds and are renamed rarely, so the names are read in one query and kept a minute: on every node a renamed
 * party shows under its new name within that minute.
 */
@Named
@ApplicationScoped
public class PartyNames {

    private static final long KEPT_NANOS = Duration.ofMinutes(1).toNanos();

    @EJB
    Parties parties;

    /** One reading of the registry: every party's name by its ID, and the Service Users by name. */
    private record Reading(Map<String, String> names, List<PartyView> serviceUsers, long at) {}

    private volatile Reading reading;

    /**
     * The Service Users, by name, for a page's picker of a party (an incident's reassignment, a party's stock): read
     * afresh, so that a party registered a moment ago can be picked; the names are renewed with them.
     */
    public List<PartyView> getServiceUsers() {
        return read().serviceUsers();
    }

    /**
     * The party's name, or its ID when no party of that ID is registered, or while the database is out of reach: the
     * header of every page shows the signed-in party's name, the 503 page too, which must not fail for want of it.
     */
    public String name(String partyId) {
        if (partyId == null) {
            return "";
        }
        try {
            Map<String, String> names = current().names();
            // A party registered since the last reading is read alone (one row by its key), until the next reading.
            String name = names.containsKey(partyId) ? names.get(partyId) : parties.nameOf(partyId);
            return name == null || name.isBlank() ? partyId : name;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            String known = reading == null ? null : reading.names().get(partyId);
            return known == null ? partyId : known;
        }
    }

    /** The last reading, or a new one when it is older than a minute. */
    private Reading current() {
        Reading last = reading;
        long now = System.nanoTime();
        return last != null && now - last.at() <= KEPT_NANOS ? last : read();
    }

    private Reading read() {
        List<PartyView> all = parties.list();
        Map<String, String> names = new HashMap<>();
        all.forEach(party -> names.put(party.partyId(), party.name()));
        List<PartyView> serviceUsers = all.stream()
                .filter(party -> party.cspRegion() == null && !party.roles().contains("CSP"))
                .filter(party -> !party.roles().isEmpty())
                .sorted(Comparator.comparing(PartyView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        reading = new Reading(Map.copyOf(names), serviceUsers, System.nanoTime());
        return reading;
    }
}
