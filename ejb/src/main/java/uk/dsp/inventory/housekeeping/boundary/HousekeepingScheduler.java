package uk.dsp.inventory.housekeeping.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Logger;
import uk.dsp.inventory.housekeeping.control.HousekeepingSettingsReader;
import uk.dsp.inventory.housekeeping.control.InvalidHousekeepingSettings;
import uk.dsp.inventory.housekeeping.control.ScheduleExpressions;

/**
 * The housekeeping timer. Its schedule is the system property {@code dsp.housekeeping.schedule}; every ten
 * seconds the scheduler compares it with the timer it holds and replaces the timer when the administrator
 * changed it, so no redeploy is needed. At start it also resumes a run that a crash interrupted.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // the schema is migrated before anything here reads it
public class HousekeepingScheduler {

    private static final Logger LOG = Logger.getLogger(HousekeepingScheduler.class.getName());
    private static final String TIMER = "housekeeping";

    @Resource
    TimerService timerService;

    @EJB
    HousekeepingRunner runner;

    private String scheduled;

    @PostConstruct
    void start() {
        reconcile();
        runner.resumeInterrupted();
    }

    /**
     * Every 10 s on every node: the schedule as the console has it now, and a run whose node died, carried on here.
     * Every node's timer fires at the scheduled time; the run record lets one of them run it.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "housekeeping schedule check")
    @Lock(LockType.WRITE)
    public void check() {
        reconcile();
        runner.resumeOrphaned();
    }

    private void reconcile() {
        String wanted = System.getProperty(HousekeepingSettingsReader.PREFIX + "schedule", "")
                .strip();
        if (wanted.equals(scheduled)) {
            return;
        }
        scheduled = wanted;
        timerService.getTimers().stream().filter(t -> TIMER.equals(t.getInfo())).forEach(Timer::cancel);
        try {
            Timer timer = timerService.createCalendarTimer(
                    ScheduleExpressions.toExpression(wanted), new TimerConfig(TIMER, false));
            LOG.info(() -> "Housekeeping scheduled '" + wanted + "', next run " + nextRun(timer));
        } catch (IllegalArgumentException | InvalidHousekeepingSettings e) {
            LOG.severe(() -> "Housekeeping schedule '" + wanted + "' is invalid (" + e.getMessage()
                    + "): no run is scheduled until dsp.housekeeping.schedule is corrected");
        }
    }

    /** A valid schedule may have no future date (30 February): the timer then never fires, which is no error. */
    private static String nextRun(Timer timer) {
        try {
            return "at " + timer.getNextTimeout();
        } catch (NoMoreTimeoutsException never) {
            return "never: the schedule has no future date";
        }
    }

    @Timeout
    public void fire(Timer timer) {
        if (TIMER.equals(timer.getInfo())) {
            runner.launchForTimer();
        }
    }

    /** Throws when the container's timer service would not accept the schedule. */
    @Lock(LockType.READ)
    public void checkSchedule(String schedule) {
        try {
            timerService
                    .createCalendarTimer(
                            ScheduleExpressions.toExpression(schedule), new TimerConfig("schedule check", false))
                    .cancel();
        } catch (IllegalArgumentException e) {
            throw new InvalidHousekeepingSettings(HousekeepingSettingsReader.PREFIX + "schedule = '" + schedule
                    + "' is not valid: " + e.getMessage());
        }
    }
}
