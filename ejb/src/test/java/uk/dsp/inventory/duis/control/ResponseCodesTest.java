package uk.dsp.inventory.duis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.contract.duis.ResponseCode;
import uk.dsp.inventory.returns.entity.BulkReturnOutcome;
import uk.dsp.inventory.returns.entity.ReturnOutcome;
import uk.dsp.inventory.smi.control.SmiOutcome;

class ResponseCodesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String START = "<!-- response codes: generated from ResponseCodes by ResponseCodesTest -->";
    private static final String END = "<!-- end of response codes -->";

    @Test
    void everyOutcomeHasACode() {
        Stream.of(SmiOutcome.values(), ReturnOutcome.values(), BulkReturnOutcome.values(), EndpointRefusal.values())
                .flatMap(Stream::of)
                .forEach(outcome -> assertThat(ResponseCodes.of(outcome))
                        .as(outcome.toString())
                        .isNotNull());
    }

    @Test
    void acceptanceIsI0AndAPartialBulkIsItsWarning() {
        assertThat(ResponseCodes.of(SmiOutcome.ACCEPTED).value()).isEqualTo("I0");
        assertThat(ResponseCodes.of(ReturnOutcome.ACCEPTED).value()).isEqualTo("I0");
        assertThat(ResponseCodes.of(BulkReturnOutcome.PARTLY_ACCEPTED).value()).isEqualTo("W081401");
    }

    @Test
    void theReadmesTableIsThisTable() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marks its table of response codes").isNotNegative();
        assertThat(readme.substring(start + START.length(), end).strip())
                .as("the README's table of response codes; replace it with this")
                .isEqualTo(table());
    }

    @Test
    void everyCodeTheReadmeNamesIsInTheTable() throws IOException {
        Matcher codes = Pattern.compile("`([IEW]\\d+)`").matcher(Files.readString(README));
        List<String> known =
                Stream.of(ResponseCode.values()).map(ResponseCode::value).toList();
        while (codes.find()) {
            assertThat(known).contains(codes.group(1));
            assertThat(ResponseCodes.table()).containsValue(ResponseCode.fromValue(codes.group(1)));
        }
    }

    private static String table() {
        Map<ResponseCode, List<String>> byCode = ResponseCodes.table().entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue,
                        Collectors.mapping(
                                e -> "`" + e.getKey().getDeclaringClass().getSimpleName() + "."
                                        + e.getKey().name() + "`",
                                Collectors.toList())));
        StringBuilder table = new StringBuilder("| Code | Outcomes |\n|---|---|\n");
        byCode.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ResponseCode::ordinal)))
                .forEach(e -> table.append("| `")
                        .append(e.getKey().value())
                        .append("` | ")
                        .append(e.getValue().stream().sorted().collect(Collectors.joining(", ")))
                        .append(" |\n"));
        return table.toString().strip();
    }
}
