package uk.dsp.inventory.users.boundary;

import java.util.List;

/** A user as the admin API and the operators' page show it: never its password. */
public record UserView(
        String username, String partyId, String kind, String email, List<String> roles, List<String> lockedFrom) {}
