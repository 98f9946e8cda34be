package uk.dsp.inventory.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import uk.dsp.inventory.dcc.StateSample;

/**
 * The mails that failed after their last attempt, by the capability that keeps them ({@code dsp_mails_failed{keeper}}:
 * CSP returns notices, incident and re-flash mails): each waits for a person to mend the cause and send it again.
 */
@Stateless
public class MailMeters {

    @Inject
    MailKeepers keepers;

    public List<StateSample> sample() {
        return keepers.all()
                .map(keeper -> StateSample.level(
                        "dsp_mails_failed",
                        "Mails FAILED after their last attempt, by the capability that keeps their state",
                        keeper.failed(),
                        "keeper",
                        keeper.keeper()))
                .toList();
    }
}
