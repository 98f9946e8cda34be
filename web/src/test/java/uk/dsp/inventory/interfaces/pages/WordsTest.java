package uk.dsp.inventory.interfaces.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.MemberKind;
import uk.dsp.inventory.dcc.UserRole;

class WordsTest {

    private final Words words = new Words();

    @Test
    void aCodeIsShownAsASentenceWithTheIndustrysAbbreviationsKept() {
        assertThat(words.of("INSTALL_CODE_GIVEN")).isEqualTo("Install code given");
        assertThat(words.of("OPEN")).isEqualTo("Open");
        assertThat(words.of("REFLASHED")).isEqualTo("Re-flashed");
        assertThat(words.of("CH_RECEIVED")).isEqualTo("CH received");
        assertThat(words.of(MemberKind.SERVICE_USER_STAFF)).isEqualTo("Service User's staff");
        assertThat(words.of(List.of(UserRole.SERVICE_DESK, UserRole.USER_ADMIN)))
                .isEqualTo("Service desk, User administration");
    }

    @Test
    void withinASentenceOnlyAnAbbreviationKeepsItsCapitals() {
        assertThat(Words.inSentence("RECEIVED")).isEqualTo("received");
        assertThat(Words.inSentence("CH_RECEIVED")).isEqualTo("CH received");
    }

    @Test
    void textThatIsNoCodeIsLeftAsItIs() {
        assertThat(words.of("Commissioned on site")).isEqualTo("Commissioned on site");
        assertThat(words.of(null)).isEmpty();
    }
}
