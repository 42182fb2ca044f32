package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module plugs the format into any Jackson 3 mapper, found through META-INF/services. */
class JacksonModuleTest {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Test
    void the_module_is_found_by_the_service_loader_with_the_project_version() {
        assertThat(ServiceLoader.load(JacksonModule.class))
                .anySatisfy(m -> assertThat(m).isInstanceOf(PlieJacksonModule.class));
        PlieJacksonModule module = new PlieJacksonModule();
        assertThat(module.version().getGroupId()).isEqualTo("fr.plie");
        assertThat(module.version().getArtifactId()).isEqualTo("plie-adapter-json");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.version().toString()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void a_plain_mapper_writes_and_reads_parcours_and_participants_as_the_format_says() {
        ParcoursDocument doc = Samples.exitedParcours();
        String text = mapper.writeValueAsString(doc);
        assertThat(text).isEqualTo(PlieJson.create().writeAsString(PlieDocument.PARCOURS, doc));
        assertThat(mapper.readValue(text, ParcoursDocument.class)).isEqualTo(doc);
        assertThat(mapper.readValue(text, Parcours.class)).isEqualTo(doc.parcours());
        Participant p = doc.participant().get();
        assertThat(mapper.readValue(mapper.writeValueAsString(p), Participant.class))
                .isEqualTo(p);
        assertThat(mapper.writeValueAsString(doc.parcours())).doesNotContain("\"participant\":");
    }

    @Test
    void a_plain_mapper_configures_the_engines_from_policy_documents_and_writes_results() {
        ExitPolicy policy = mapper.readValue(
                "{\"formatVersion\":\"1\",\"preset\":\"BOULONNAIS\",\"name\":\"boulogne-2025\"}", ExitPolicy.class);
        assertThat(policy)
                .isEqualTo(ExitPolicy.from(ExitPolicy.BOULONNAIS)
                        .name("boulogne-2025")
                        .build());
        assertThat(mapper.readValue(
                        mapper.writeValueAsString(EligibilityPolicy.GRAND_AMIENOIS), EligibilityPolicy.class))
                .isEqualTo(EligibilityPolicy.GRAND_AMIENOIS);
        ExitAssessment assessment =
                ExitEngine.assess(Samples.exitedParcours().parcours(), LocalDate.of(2024, 3, 5), policy);
        assertThat(mapper.writeValueAsString(assessment))
                .isEqualTo(PlieJson.create().writeAsString(PlieDocument.EXIT_ASSESSMENT, assessment))
                .contains("\"policy\":\"boulogne-2025\"");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"formatVersion\":\"1\",\"preset\":\"BOULONNAIS\",\"followUp\":\"P-6M\"}", ExitPolicy.class))
                .isInstanceOfSatisfying(
                        PlieJsonException.class,
                        e -> assertThat(e.errors())
                                .extracting(JsonError::code)
                                .containsExactly(JsonErrorCode.VALUE_PERIOD));
    }

    @Test
    void options_are_immutable_and_a_pseudonymous_module_leaves_personal_data_out() {
        PlieJacksonModule standard = new PlieJacksonModule();
        PlieJacksonModule pseudonymous = standard.withPseudonymousExport(true);
        assertThat(standard.pseudonymousExport()).isFalse();
        assertThat(pseudonymous.pseudonymousExport()).isTrue();
        JsonMapper m = JsonMapper.builder().addModule(pseudonymous).build();
        assertThat(m.writeValueAsString(Samples.exitedParcours()))
                .doesNotContain("personalData")
                .doesNotContain("Benali")
                .contains(WriteOptions.REDACTED);
    }

    @Test
    void invalid_input_through_a_plain_mapper_raises_an_exception_carrying_every_located_error() {
        assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\":\"1\",\"id\":\"P-1\"}", Participant.class))
                .isInstanceOfSatisfying(
                        PlieJsonException.class,
                        e -> assertThat(e.errors())
                                .extracting(JsonError::pointer)
                                .containsExactly("/profile"));
    }
}
