package uk.dsp.inventory.parties.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RegistryConstraintsTest {

    @Test
    void aRaceForARegionIsTheRefusalTheCheckWouldHaveGiven() {
        PersistenceException lost = new PersistenceException(
                "flush failed",
                new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"party_one_csp_per_region\"", "23505"));

        assertThat(RegistryConstraints.refusalFor(lost, "90-B3-D5-1F-30-0C-00-01"))
                .hasValueSatisfying(r -> assertThat(r.problem()).isEqualTo(RegistryProblem.REGION_TAKEN));
    }

    @Test
    void aRaceForThePartyIdIsAlreadyRegistered() {
        SQLException duplicate =
                new SQLException("duplicate key value violates unique constraint \"party_pkey\"", "23505");

        assertThat(RegistryConstraints.refusalFor(new PersistenceException(duplicate), "90-B3-D5-1F-30-0C-00-01"))
                .hasValueSatisfying(r -> assertThat(r.problem()).isEqualTo(RegistryProblem.ALREADY_REGISTERED));
    }

    @Test
    void anyOtherFailureStaysWhatItWas() {
        assertThat(RegistryConstraints.refusalFor(
                        new PersistenceException(new SQLException("connection lost", "08006")), "x"))
                .isEmpty();
    }
}
