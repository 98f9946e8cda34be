package uk.dsp.inventory.incidents.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import uk.dsp.inventory.incidents.control.IncidentMails;
import uk.dsp.inventory.incidents.entity.Incident;
import uk.dsp.inventory.incidents.entity.IncidentEvent;
import uk.dsp.inventory.incidents.entity.IncidentStatus;
import uk.dsp.inventory.incidents.entity.IncidentStep;

/**
 * The five-working-day obligation: on the due day the installing supplier is reminded, and the day after an
 * unanswered incident is reported overdue to it and to the raiser. Runs every hour; each incident is reminded and
 * reported once, so a missed hour or a restart sends nothing twice. The timer is persistent, in the database's timer
 * store that every node of a cluster shares, so that one node runs each hour's check.
 */
@Singleton
@DependsOn("SchemaMigration") // its timer is kept in a table of the schema (V13)
public class IncidentDeadlines {

    private static final Logger LOG = Logger.getLogger(IncidentDeadlines.class.getName());

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Inject
    IncidentMails mails;

    @Schedule(hour = "*", minute = "5", persistent = true, timezone = "Europe/London", info = "incident deadlines")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void hourly() {
        run();
    }

    /** Reminds and reports what is due today; answers how many incidents it reminded and reported. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int[] run() {
        LocalDate today = LocalDate.now(Clock.system(Incidents.UK));
        Instant now = Instant.now();
        List<Incident> due = open("i.dueOn = :today and i.remindedOn is null", today);
        for (Incident incident : due) {
            incident.reminded(today);
            em.persist(new IncidentEvent(incident.id(), now, null, null, IncidentStep.REMINDED, "due today"));
            mails.toParty(
                    incident.assigneeParty(),
                    incident,
                    "due today",
                    "Reminder: the install code of this incident is due today.");
        }
        List<Incident> overdue = open("i.dueOn < :today and i.overdueReportedOn is null", today);
        for (Incident incident : overdue) {
            incident.reportedOverdue(today);
            em.persist(new IncidentEvent(
                    incident.id(), now, null, null, IncidentStep.OVERDUE, "not answered by " + incident.dueOn()));
            mails.toParty(
                    incident.assigneeParty(),
                    incident,
                    "OVERDUE",
                    "This incident was due on " + incident.dueOn() + " and has no install code. The DCC reports it"
                            + " in its obligation monitoring.");
            mails.toParty(
                    incident.raisedByParty(),
                    incident,
                    "overdue",
                    "The installing supplier has not answered by the due date " + incident.dueOn() + ".");
        }
        if (!due.isEmpty() || !overdue.isEmpty()) {
            LOG.info("Incidents: " + due.size() + " reminded as due today, " + overdue.size() + " reported overdue");
        }
        return new int[] {due.size(), overdue.size()};
    }

    /** The open incidents meeting a condition on their dates, locked until this run commits. */
    private List<Incident> open(String condition, LocalDate today) {
        return em.createQuery("select i from Incident i where i.status = :open and " + condition, Incident.class)
                .setParameter("open", IncidentStatus.OPEN)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
