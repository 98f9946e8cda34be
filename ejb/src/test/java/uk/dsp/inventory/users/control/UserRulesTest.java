package uk.dsp.inventory.users.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;

class UserRulesTest {

    @Test
    void eachKindOfPartyGrantsItsOwnRolesOnly() {
        assertThat(UserRules.roles(List.of("INCIDENTS", "RETURNS"), MemberKind.SERVICE_USER_STAFF))
                .containsExactlyInAnyOrder(UserRole.INCIDENTS, UserRole.RETURNS);
        assertThat(UserRules.roles(List.of("SERVICE_DESK"), MemberKind.DCC_OPERATOR))
                .containsExactly(UserRole.SERVICE_DESK);
        assertRefused(
                () -> UserRules.roles(List.of("SERVICE_DESK"), MemberKind.SERVICE_USER_STAFF), "not SERVICE_DESK");
        assertRefused(() -> UserRules.roles(List.of("INCIDENTS"), MemberKind.CSP_STAFF), "not INCIDENTS");
        assertRefused(() -> UserRules.roles(List.of("ROOT"), MemberKind.DCC_OPERATOR), "not ROOT");
        assertRefused(() -> UserRules.roles(List.of(), MemberKind.CSP_STAFF), "at least one");
        assertRefused(() -> UserRules.roles(null, MemberKind.CSP_STAFF), "at least one");
    }

    @Test
    void namesPasswordsAndAddressesAreChecked() {
        UserRules.checkUsername("ann.smith@northern");
        assertRefused(() -> UserRules.checkUsername("an"), "username");
        assertRefused(() -> UserRules.checkUsername("ann smith"), "username");
        assertRefused(() -> UserRules.checkUsername("<script>"), "username");
        UserRules.checkPassword("twelve chars");
        assertRefused(() -> UserRules.checkPassword("eleven char"), "password");
        assertRefused(() -> UserRules.checkPassword(null), "password");
        assertThat(UserRules.email(" ann@northern.example ")).isEqualTo("ann@northern.example");
        assertThat(UserRules.email("")).isNull();
        assertRefused(() -> UserRules.email("ann at northern"), "email");
    }

    private static void assertRefused(Runnable check, String reason) {
        assertThatThrownBy(check::run)
                .isInstanceOf(Refused.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((Refused) e).problem())
                .isEqualTo(Refused.Kind.INVALID);
    }
}
