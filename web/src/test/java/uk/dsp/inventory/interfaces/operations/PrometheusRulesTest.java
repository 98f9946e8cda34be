package uk.dsp.inventory.interfaces.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/prometheus/dsp-alerts.yml, as Prometheus reads it: promtool (Debian's prometheus package; .ci/run installs it)
 * checks the rules and runs their unit tests, which make each alert's condition true and see it fire, and not before.
 */
class PrometheusRulesTest {

    private static final Path RULES =
            Path.of("..", "docs", "prometheus").toAbsolutePath().normalize();
    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @Test
    void theRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", "dsp-alerts.yml")).contains("SUCCESS");
    }

    @Test
    void everyAlertFiresWhenItsConditionHoldsAndNotBefore() throws Exception {
        assertThat(promtool("test", "rules", "dsp-alerts.test.yml")).contains("SUCCESS");
    }

    private static String promtool(String... arguments) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(PROMTOOL))
                .as("promtool, from Debian's prometheus package: apt-get install prometheus")
                .isTrue();
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(RULES.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
