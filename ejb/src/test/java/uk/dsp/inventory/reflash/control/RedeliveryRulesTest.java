package uk.dsp.inventory.reflash.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.reflash.entity.Redelivery;

class RedeliveryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void goodDetailsAreKeptStripped() {
        Redelivery checked = RedeliveryRules.checked(
                new Redelivery(" Unit 4\nLeeds ", "Ann", "+44 113 496 0000", " ", TODAY.plusWeeks(2)), TODAY);

        assertThat(checked.address()).isEqualTo("Unit 4\nLeeds");
        assertThat(checked.contactEmail()).isNull();
    }

    @Test
    void eachUnusableDetailIsNamed() {
        assertRefused(new Redelivery("", "Ann", "0113 496 0000", null, TODAY), "address is needed");
        assertRefused(new Redelivery("x".repeat(501), "Ann", "0113 496 0000", null, TODAY), "address is at most");
        assertRefused(new Redelivery("Leeds", "Ann\u0007", "0113 496 0000", null, TODAY), "contactName is at most");
        assertRefused(new Redelivery("Leeds", "Ann", "call me", null, TODAY), "contactPhone");
        assertRefused(new Redelivery("Leeds", "Ann", "0113 496 0000", "ann@", TODAY), "contactEmail");
        assertRefused(new Redelivery("Leeds", "Ann", "0113 496 0000", null, TODAY.minusDays(1)), "wantedOn");
        assertRefused(new Redelivery("Leeds", "Ann", "0113 496 0000", null, TODAY.plusYears(2)), "wantedOn");
        assertRefused(null, "re-delivery details are needed");
    }

    @Test
    void theSettingsAreReadAndAnUnusableOneNamesItself() {
        assertThat(ReflashSettings.read(
                        Map.of(ReflashSettings.MONTHLY_VOLUME, "1792", ReflashSettings.CHARGE, "7.6")::get))
                .isEqualTo(new ReflashSettings(1792, new BigDecimal("7.60")));
        assertThatThrownBy(() -> ReflashSettings.read(
                        Map.of(ReflashSettings.MONTHLY_VOLUME, "-1", ReflashSettings.CHARGE, "7.60")::get))
                .hasMessageContaining("dsp.reflash.monthly-volume is '-1'");
        assertThatThrownBy(() -> ReflashSettings.read(
                        Map.of(ReflashSettings.MONTHLY_VOLUME, "1", ReflashSettings.CHARGE, "7.605")::get))
                .hasMessageContaining("dsp.reflash.charge is '7.605'");
    }

    private static void assertRefused(Redelivery given, String why) {
        assertThatThrownBy(() -> RedeliveryRules.checked(given, TODAY))
                .isInstanceOf(Refused.class)
                .hasMessageContaining(why);
    }
}
