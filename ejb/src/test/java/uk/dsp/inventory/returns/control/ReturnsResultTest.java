package uk.dsp.inventory.returns.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;
import uk.dsp.inventory.returns.entity.ReturnOutcome;

class ReturnsResultTest {

    @Test
    void isAcceptedWhenEveryHubWasAccepted() {
        assertThat(result(ReturnOutcome.ACCEPTED, ReturnOutcome.ACCEPTED).outcome())
                .isEqualTo(ReturnOutcome.ACCEPTED);
    }

    @Test
    void isPartlyAcceptedWhenSomeWereAccepted() {
        assertThat(result(ReturnOutcome.NOT_IN_INVENTORY, ReturnOutcome.ACCEPTED)
                        .outcome())
                .isEqualTo(BulkReturnOutcome.PARTLY_ACCEPTED);
    }

    @Test
    void isTheFirstHubsOutcomeWhenNoneWasAccepted() {
        ReturnsResult result = result(ReturnOutcome.ALREADY_RETURNED, ReturnOutcome.NOT_IN_INVENTORY);
        assertThat(result.outcome()).isEqualTo(ReturnOutcome.ALREADY_RETURNED);
        assertThat(result.acceptedCount()).isZero();
    }

    @Test
    void auditsEveryHubWithItsReturnType() {
        ReturnsResult result = result(ReturnOutcome.ACCEPTED, ReturnOutcome.GPF_MISMATCH);
        assertThat(result.devices())
                .extracting(d -> d.outcome() + " " + d.detail())
                .containsExactly("ACCEPTED type", "GPF_MISMATCH type");
        assertThat(result.detail()).isEqualTo("bulk, 2 CHs, 1 accepted");
    }

    private static ReturnsResult result(ReturnOutcome... outcomes) {
        return new ReturnsResult(
                true,
                List.of(outcomes).stream()
                        .map(o -> new ReturnDecision(new Eui64(o.ordinal()), o, "type"))
                        .toList());
    }
}
