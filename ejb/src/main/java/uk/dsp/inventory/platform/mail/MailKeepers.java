package uk.dsp.inventory.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/** The capabilities that keep the states of their mails, found by the name a mail's tracking gives. */
@ApplicationScoped
public class MailKeepers {

    @Inject
    @Any
    Instance<MailStates> keepers;

    public MailStates named(String name) {
        return all().filter(candidate -> candidate.keeper().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no keeper of mail states named " + name));
    }

    public Stream<MailStates> all() {
        return keepers.stream();
    }
}
