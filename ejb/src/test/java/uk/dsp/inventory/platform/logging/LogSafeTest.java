package uk.dsp.inventory.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void keepsPrintableAsciiAsItIs() {
        assertThat(LogSafe.text("90-B3-D5-1F-30-00-00-02 ops@example"))
                .isEqualTo("90-B3-D5-1F-30-00-00-02 ops@example");
    }

    @Test
    void aLineBreakOrAnEscapeCannotForgeALine() {
        assertThat(LogSafe.text("x\n2026-12-03 10:00:00,000 INFO  forged\u001b[2J\u00e9"))
                .isEqualTo("x?2026-12-03 10:00:00,000 INFO  forged?[2J?")
                .doesNotContain("\n");
    }

    @Test
    void cutsALongTextShort() {
        assertThat(LogSafe.text("a".repeat(10_000)))
                .hasSize(LogSafe.MAX_CHARACTERS + 3)
                .endsWith("...");
        assertThat(LogSafe.text("a".repeat(LogSafe.MAX_CHARACTERS))).doesNotEndWith("...");
    }

    @Test
    void nothingIsWrittenAsNull() {
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }
}
