package uk.dsp.inventory.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The capabilities that keep the states of their mails, found by the name a mail's tracking gives. */
@ApplicationScoped
public class MailKeepers {

    @Inject
    @Any
    Instance<MailStates> keepers;

    public MailStates named(String name) {
        for (MailStates candidate : keepers) {
            if (candidate.keeper().equals(name)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no keeper of mail states named " + name);
    }
}
