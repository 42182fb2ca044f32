package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.plie.core.step.Employment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code trialPeriodEndUnknown}, a backward-compatible addition to the employment of format v1: a trial period
 * whose end is not recorded (docs/policies.md), written only when true, never with {@code trialPeriodEnd}.
 */
class TrialPeriodEndUnknownFormatTest {
    private final PlieJson json = PlieJson.create();

    private static String partTime() throws IOException {
        return Files.readString(Path.of("../docs/examples/parcours-part-time.json"));
    }

    @Test
    void a_trial_period_of_unknown_end_is_read_written_and_read_back_equal() throws IOException {
        String text = partTime().replace("\"trialPeriodEnd\": \"2024-04-30\"", "\"trialPeriodEndUnknown\": true");
        assertThat(text).isNotEqualTo(partTime());

        ParcoursDocument read = json.read(PlieDocument.PARCOURS, text).value().get();
        Employment employment = read.parcours().steps().stream()
                .flatMap(s -> s.employment().toJavaStream())
                .findFirst()
                .orElseThrow();
        String written = json.writeAsString(PlieDocument.PARCOURS, read);

        assertThat(employment.trialPeriodEndUnknown()).isTrue();
        assertThat(employment.trialPeriodEnd()).isEmpty();
        assertThat(written).contains("\"trialPeriodEndUnknown\":true");
        assertThat(Schemas.violations(PlieDocument.PARCOURS, written)).isEmpty();
        assertThat(json.read(PlieDocument.PARCOURS, written).value().get()).isEqualTo(read);
        assertThat(json.writeAsString(
                        PlieDocument.PARCOURS,
                        json.read(PlieDocument.PARCOURS, partTime()).value().get()))
                .doesNotContain("trialPeriodEndUnknown");
    }

    @Test
    void an_end_and_an_unknown_end_together_are_located() throws IOException {
        String both = partTime()
                .replace(
                        "\"trialPeriodEnd\": \"2024-04-30\"",
                        "\"trialPeriodEnd\": \"2024-04-30\", \"trialPeriodEndUnknown\": true");

        assertThat(json.read(PlieDocument.PARCOURS, both).errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_TRIAL_PERIOD, "/steps/3/detail/trialPeriodEndUnknown"));
    }
}
