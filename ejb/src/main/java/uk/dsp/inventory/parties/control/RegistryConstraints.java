package uk.dsp.inventory.parties.control;

import java.sql.SQLException;
import java.util.Optional;
import uk.dsp.inventory.dcc.Refused;

/**
 * What the database's own rules say when two registrations race past the registry's checks: the second one's
 * write breaks a unique key, and the administrator should hear it as the refusal the checks would have given.
 */
public final class RegistryConstraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private RegistryConstraints() {}

    /** The refusal for a write the database refused, or empty when it was something else. */
    public static Optional<Refused> refusalFor(Throwable failure, String partyId) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String text = String.valueOf(sql.getMessage());
                if (text.contains("party_one_csp_per_region")) {
                    return Optional.of(new Refused(
                            RegistryProblem.REGION_TAKEN,
                            "the region was given its CSP by another registration at the same moment;"
                                    + " a region has one CSP"));
                }
                if (text.contains("party_pkey")) {
                    return Optional.of(new Refused(
                            RegistryProblem.ALREADY_REGISTERED,
                            "party " + partyId + " was registered by another request at the same moment"));
                }
                return Optional.of(new Refused(
                        RegistryProblem.CERTIFICATE_IN_USE,
                        "a certificate was registered to another party at the same moment"));
            }
        }
        return Optional.empty();
    }
}
