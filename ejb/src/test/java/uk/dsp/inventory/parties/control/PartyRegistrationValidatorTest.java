package uk.dsp.inventory.parties.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.Role;

/** The registry's rules on everything but certificates (those are proven against the server, see AdminPartiesIT). */
class PartyRegistrationValidatorTest {

    private static final String PARTY = "90-B3-D5-1F-30-01-00-00";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final PartyRegistrationValidator validator = new PartyRegistrationValidator();

    @Test
    void acceptsAServiceUserWithDuisRoles() {
        ValidRegistration valid = validator.validate(supplier(List.of("IS", "GS")), true, NOW);

        assertThat(valid.roles()).containsExactlyInAnyOrder(Role.IS, Role.GS);
        assertThat(valid.cspRegion()).isNull();
    }

    @Test
    void acceptsACspWithItsRegionAndAPassword() {
        ValidRegistration valid = validator.validate(csp("4G South", "a long gateway secret"), true, NOW);

        assertThat(valid.roles()).containsExactly(Role.CSP);
        assertThat(valid.cspRegion()).isEqualTo(CspRegion.SOUTH_4G);
    }

    @Test
    void aCspPasswordMayBeLeftOutWhenOneIsAlreadySet() {
        assertThat(validator.validate(csp("North", null), false, NOW).password())
                .isNull();
        assertRefused(csp("North", null), "password");
    }

    @Test
    void refusesMalformedPartyIds() {
        for (String partyId : List.of("90-b3-d5-1f-30-01-00-00", "90B3D51F30010000", "90-B3-D5-1F-30-01-00")) {
            assertRefused(
                    new PartyRegistration(partyId, "Name", List.of("IS"), null, null, null, List.of(), List.of(), null),
                    "EUI-64");
        }
    }

    @Test
    void refusesUnknownMissingOrMixedRoles() {
        assertRefused(supplier(List.of("IS", "XX")), "unknown role XX");
        assertRefused(supplier(List.of()), "roles");
        assertRefused(
                new PartyRegistration(
                        PARTY,
                        "CSP",
                        List.of("CSP", "IS"),
                        "North",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        "a long gateway secret"),
                "CSP alone");
    }

    @Test
    void refusesRegionRulesBrokenEitherWay() {
        assertRefused(csp(null, "a long gateway secret"), "cspRegion");
        assertRefused(csp("Midlands", "a long gateway secret"), "unknown cspRegion");
        assertRefused(
                new PartyRegistration(
                        PARTY, "Supplier", List.of("IS"), "North", null, null, List.of(), List.of(), null),
                "only a CSP");
    }

    @Test
    void refusesShortGatewayPasswords() {
        assertRefused(csp("North", "too short"), "at least");
    }

    @Test
    void aServiceUserHasNoPartyPasswordItsPeopleSignInAsUsers() {
        assertRefused(
                new PartyRegistration(
                        PARTY,
                        "Supplier",
                        List.of("IS"),
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        "a long self-service secret"),
                "its people sign in as its users");
        assertThat(validator.validate(supplier(List.of("IS")), true, NOW).password())
                .isNull();
    }

    @Test
    void refusesBadContactDetails() {
        assertRefused(
                new PartyRegistration(
                        PARTY, "Supplier", List.of("IS"), null, "not an address", null, List.of(), List.of(), null),
                "email");
        assertRefused(
                new PartyRegistration(
                        PARTY,
                        "Supplier",
                        List.of("IS"),
                        null,
                        null,
                        "ftp://alerts.example/",
                        List.of(),
                        List.of(),
                        null),
                "alertEndpoint");
        assertRefused(
                new PartyRegistration(PARTY, " ", List.of("IS"), null, null, null, List.of(), List.of(), null), "name");
    }

    @Test
    void refusesTextThatIsNoCertificate() {
        assertRefused(
                new PartyRegistration(
                        PARTY, "Supplier", List.of("IS"), null, null, null, List.of("hello"), List.of(), null),
                "PEM");
    }

    @Test
    void everyTlsClientCertificateMustBeACertificateAServiceUsersAsACsps() {
        assertRefused(
                new PartyRegistration(
                        PARTY, "Supplier", List.of("IS"), null, null, null, List.of(), List.of("any"), null),
                "PEM");
        assertRefused(
                new PartyRegistration(
                        PARTY,
                        "CSP",
                        List.of("CSP"),
                        "North",
                        null,
                        null,
                        List.of(),
                        List.of("hello"),
                        "a long secret!"),
                "PEM");
    }

    private void assertRefused(PartyRegistration registration, String because) {
        assertThatThrownBy(() -> validator.validate(registration, true, NOW))
                .isInstanceOf(Refused.class)
                .hasMessageContaining(because)
                .extracting(e -> ((Refused) e).problem())
                .isEqualTo(Refused.Kind.INVALID);
    }

    private static PartyRegistration supplier(List<String> roles) {
        return new PartyRegistration(
                PARTY,
                "Northern Energy",
                roles,
                null,
                "ops@northern.example",
                "https://northern.example/alerts",
                List.of(),
                List.of(),
                null);
    }

    private static PartyRegistration csp(String region, String password) {
        return new PartyRegistration(
                PARTY, "CSP North", List.of("CSP"), region, "noc@csp.example", null, List.of(), List.of(), password);
    }
}
