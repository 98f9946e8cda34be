package uk.dsp.inventory.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Eui64Test {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00-DB-12-34-56-78-90-A0",
                "FF-FF-FF-FF-FF-FF-FF-FF",
                "80-00-00-00-00-00-00-00",
                "00-00-00-00-00-00-00-00"
            })
    void parsesAndPrintsTheDuisNotationBackUnchanged(String text) {
        assertThat(Eui64.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void holdsTheHighestEuisInASignedLongWithoutLosingOrder() {
        assertThat(Eui64.parse("FF-FF-FF-FF-FF-FF-FF-FF").value()).isEqualTo(-1L);
        assertThat(Eui64.parse("00-00-00-00-00-00-00-01").value()).isEqualTo(1L);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00-db-12-34-56-78-90-a0",
                "00DB1234567890A0",
                "00-DB-12-34-56-78-90",
                "00-DB-12-34-56-78-90-A0-00",
                "00-DB-12-34-56-78-90-G0",
                " 00-DB-12-34-56-78-90-A0",
                "00_DB-12-34-56-78-90-A0",
                "00-DB-12-34-56-78-90A-0",
                "00-DB-12-34-56-78-90-A\u0660",
                "-00-DB-12-34-56-78-90-A",
                ""
            })
    void refusesAnythingButTheUpperCaseDashedForm(String text) {
        assertThat(Eui64.isValid(text)).isFalse();
        assertThatThrownBy(() -> Eui64.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesAnIdAsAPersonTypesIt() {
        assertThat(Eui64.typed("  00-db-12-34-56-78-90-a0\t")).contains(Eui64.parse(Eui64.EXAMPLE));
        assertThat(Eui64.typed("00-DB-12-34-56-78-90")).isEmpty();
        assertThat(Eui64.typed("00 DB 12 34 56 78 90 A0")).isEmpty();
        assertThat(Eui64.typed("")).isEmpty();
        assertThat(Eui64.typed(null)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(Eui64.isValid(null)).isFalse();
    }
}
