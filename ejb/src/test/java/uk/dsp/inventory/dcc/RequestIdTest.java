package uk.dsp.inventory.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void readsOriginatorTargetAndA64BitCounter() {
        RequestId id = RequestId.parse("90-b3-d5-1f-30-01-00-00:00-00-00-00-00-00-00-01:18446744073709551615");

        assertThat(id.originator().toString()).isEqualTo("90-B3-D5-1F-30-01-00-00");
        assertThat(id.counter()).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(id.responseId()).isEqualTo("00-00-00-00-00-00-00-01:90-B3-D5-1F-30-01-00-00:18446744073709551615");
    }

    @Test
    void refusesACounterBeyond64BitsAndMalformedIds() {
        assertThatThrownBy(
                        () -> RequestId.parse("90-B3-D5-1F-30-01-00-00:00-00-00-00-00-00-00-01:18446744073709551616"))
                .hasMessageContaining("2^64-1");
        assertThatThrownBy(() -> RequestId.parse("90-B3-D5-1F-30-01-00-00:1"))
                .hasMessageContaining("originator:target:counter");
        assertThatThrownBy(() -> RequestId.parse("90-B3-D5-1F-30-01-00-00:00-00-00-00-00-00-00-01:007"))
                .hasMessageContaining("originator:target:counter");
    }
}
