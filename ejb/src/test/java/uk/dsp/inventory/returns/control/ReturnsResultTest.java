package uk.dsp.inventory.returns.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.dcc.Eui64;

class ReturnsResultTest {

    @Test
    void answersI0WhenEveryHubWasAccepted() {
        assertThat(result(ReturnOutcome.ACCEPTED, ReturnOutcome.ACCEPTED).responseCode()).isEqualTo("I0");
    }

    @Test
    void answersTheWarningWhenSomeWereAccepted() {
        assertThat(result(ReturnOutcome.NOT_IN_INVENTORY, ReturnOutcome.ACCEPTED).responseCode()).isEqualTo("W081401");
    }

    @Test
    void answersTheFirstHubsCodeWhenNoneWasAccepted() {
        ReturnsResult result = result(ReturnOutcome.ALREADY_RETURNED, ReturnOutcome.NOT_IN_INVENTORY);
        assertThat(result.responseCode()).isEqualTo("E081401");
        assertThat(result.acceptedCount()).isZero();
    }

    private static ReturnsResult result(ReturnOutcome... outcomes) {
        return new ReturnsResult(List.of(outcomes).stream().map(o -> new ReturnDecision(new Eui64(o.ordinal()), o)).toList());
    }
}
