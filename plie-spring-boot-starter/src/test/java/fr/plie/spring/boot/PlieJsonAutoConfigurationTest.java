package fr.plie.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.Participant;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** Boot's own Jackson 3 mapper reads and writes plie's documents once the starter is there. */
class PlieJsonAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, PlieJsonAutoConfiguration.class));

    @Test
    void bootsMapperReadsAParticipantDocument() throws Exception {
        String json = Files.readString(Path.of("../docs/examples/participant.json"));
        runner.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            Participant participant = mapper.readValue(json, Participant.class);
            assertThat(participant.id().value()).isEqualTo("P-PAR-2023-0042");
            assertThat(participant.personalData().isDefined()).isTrue();
        });
    }

    @Test
    void pseudonymousExportLeavesPersonalDataOutOfBootsMapper() throws Exception {
        String json = Files.readString(Path.of("../docs/examples/participant.json"));
        runner.withPropertyValues("plie.json.pseudonymous-export=true").run(context -> {
            Participant participant = context.getBean(PlieJson.class)
                    .read(PlieDocument.PARTICIPANT, json)
                    .value()
                    .get();
            String written = context.getBean(JsonMapper.class).writeValueAsString(participant);
            assertThat(written)
                    .contains("P-PAR-2023-0042")
                    .doesNotContain("Benali")
                    .doesNotContain("personalData");
        });
    }

    @Test
    void backsOffForTheApplicationsOwnPlieJson() {
        PlieJson mine = PlieJson.create();
        runner.withBean(PlieJson.class, () -> mine)
                .run(context -> assertThat(context.getBean(PlieJson.class)).isSameAs(mine));
    }
}
