package uk.dsp.inventory.dcc;

import java.util.Set;

/** The Service User whose signature on a request was verified with its own registered certificate. */
public record Originator(String partyId, Set<Role> roles) {

    public boolean holdsAnyOf(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
