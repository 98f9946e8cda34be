package uk.dsp.inventory.interfaces.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.platform.messaging.DeadLetter;
import uk.dsp.inventory.platform.messaging.DeadLetters;

/**
 * The service desk's undelivered messages (SSMI): CSP notices, mails and DCC alerts whose every delivery attempt
 * failed, newest first, with why; each sent again from here once its cause is mended (a mail server back, an endpoint
 * corrected), or all of them at once.
 */
@Named
@RequestScoped
public class DeadLettersPage {

    private static final int LIMIT = 200;
    private static final String PAGE = "/ssmi/dead-letters.xhtml";

    @EJB
    DeadLetters deadLetters;

    @Inject
    SignedInUser user;

    private List<DeadLetter> letters;

    /** The view action: before the page renders, so that a refusal shows in the page's messages. */
    public void load() {
        letters = RefusalMessages.read(
                () -> {
                    serviceDesk();
                    return deadLetters.list(LIMIT);
                },
                List.of());
    }

    /** Loaded by the view action; on a post (no view action then), here. */
    public List<DeadLetter> getLetters() {
        if (letters == null) {
            load();
        }
        return letters;
    }

    public String resend(long id) {
        return RefusalMessages.step(
                () -> {
                    serviceDesk();
                    if (!deadLetters.resend(id, user.getUsername())) {
                        throw Refused.notFound(
                                "Message " + id + " is no longer undelivered: it was sent again already.");
                    }
                    return "Message " + id + " is sent again.";
                },
                PAGE);
    }

    public String resendAll() {
        return RefusalMessages.step(
                () -> {
                    serviceDesk();
                    int resent = deadLetters.resendAll(user.getUsername());
                    return resent == 1 ? "1 message is sent again." : resent + " messages are sent again.";
                },
                PAGE);
    }

    private void serviceDesk() {
        if (!user.isServiceDesk()) {
            throw Refused.forbidden(
                    "Undelivered messages are for the DCC's service desk; your roles do not include it.");
        }
    }
}
