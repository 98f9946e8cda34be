package uk.dsp.inventory.returns.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CspReturnMailTest {

    @Test
    void aNoticeSentAgainIsTheSameMessageAndAnotherRequestIsAnother() {
        String first = CspReturnMail.messageId(notice("90-B3-D5-1F-30-01-00-00:90-B3-D5-1F-30-00-00-02:17"));
        String again = CspReturnMail.messageId(notice("90-B3-D5-1F-30-01-00-00:90-B3-D5-1F-30-00-00-02:17"));
        String other = CspReturnMail.messageId(notice("90-B3-D5-1F-30-01-00-00:90-B3-D5-1F-30-00-00-02:18"));

        assertThat(first)
                .isEqualTo(again)
                .isNotEqualTo(other)
                .isEqualTo("<returns.90-B3-D5-1F-30-01-00-00.90-B3-D5-1F-30-00-00-02.17.to.90-B3-D5-1F-30-0C-00-01"
                        + "@dsp-inventory>");
    }

    private static CspReturnNotice notice(String requestId) {
        return new CspReturnNotice(
                requestId,
                "90-B3-D5-1F-30-0C-00-01",
                "CSP Central",
                "noc@csp.example",
                "90-B3-D5-1F-30-01-00-00",
                "8.14.4",
                List.of("00-DB-12-34-56-78-90-A0"));
    }
}
