package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import fr.plie.rules.eligibility.AgeBounds;
import fr.plie.rules.eligibility.Criterion;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.Boundary;
import fr.plie.rules.exit.ExitPolicy;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Policies as a vendor writes them: presets with overrides, and the located errors of a bad value. */
class PolicyDocumentsTest {
    private final PlieJson json = PlieJson.create();

    @Test
    void a_preset_with_overrides_reads_as_the_preset_with_those_parameters_changed() {
        ReadResult<ExitPolicy> read = json.read(
                PlieDocument.EXIT_POLICY,
                "{\"formatVersion\":\"1\",\"preset\":\"TOULOUSE_2015_2020\",\"name\":\"toulouse-cre\","
                        + "\"followUp\":\"P6M1D\",\"fixedTermBoundary\":\"EXCLUSIVE\",\"seasonalWorkMinimum\":\"P8M\"}");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value().get())
                .isEqualTo(ExitPolicy.from(ExitPolicy.TOULOUSE_2015_2020)
                        .name("toulouse-cre")
                        .followUp(Period.of(0, 6, 1))
                        .fixedTermBoundary(Boundary.EXCLUSIVE)
                        .seasonalWorkMinimum(io.vavr.control.Option.some(Period.ofMonths(8)))
                        .build());
    }

    @Test
    void a_preset_is_named_by_its_one_code_and_its_other_spelling_is_read_with_a_located_warning() {
        ReadResult<ExitPolicy> code =
                json.read(PlieDocument.EXIT_POLICY, "{\"formatVersion\":\"1\",\"preset\":\"grand-amienois\"}");
        ReadResult<ExitPolicy> other =
                json.read(PlieDocument.EXIT_POLICY, "{\"formatVersion\":\"1\",\"preset\":\"GRAND_AMIENOIS\"}");
        ReadResult<EligibilityPolicy> eligibility = json.read(
                PlieDocument.ELIGIBILITY_POLICY, "{\"formatVersion\":\"1\",\"preset\":\"GRAND_PERIGUEUX_2022_2027\"}");

        assertThat(code.value().get()).isEqualTo(ExitPolicy.GRAND_AMIENOIS);
        assertThat(code.warnings()).isEmpty();
        assertThat(other.value().get()).isEqualTo(ExitPolicy.GRAND_AMIENOIS);
        assertThat(other.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(JsonErrorCode.VALUE_PRESET_SPELLING);
            assertThat(w.pointer()).isEqualTo("/preset");
            assertThat(w.message(Locale.ENGLISH)).contains("its code is grand-amienois");
        });
        assertThat(eligibility.value().get()).isEqualTo(EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);
        assertThat(eligibility.warnings())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_PRESET_SPELLING);
        assertThat(json.read(PlieDocument.EXIT_POLICY, "{\"formatVersion\":\"1\",\"preset\":\"lyon\"}")
                        .errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message(Locale.ENGLISH))
                        .contains("national-guide-2010, toulouse-2015-2020, grand-amienois, boulonnais"));
    }

    @Test
    void a_preset_alone_reads_as_the_preset_and_null_clears_an_optional_rule() {
        assertThat(json.read(PlieDocument.EXIT_POLICY, "{\"formatVersion\":\"1\",\"preset\":\"GRAND_AMIENOIS\"}")
                        .value()
                        .get())
                .isEqualTo(ExitPolicy.GRAND_AMIENOIS);
        ExitPolicy cleared = json.read(
                        PlieDocument.EXIT_POLICY,
                        "{\"formatVersion\":\"1\",\"preset\":\"NATIONAL_GUIDE_2010\",\"longTrainingOver\":null}")
                .value()
                .get();
        assertThat(cleared.longTrainingOver().isEmpty()).isTrue();
        assertThat(ExitPolicy.NATIONAL_GUIDE_2010.longTrainingOver().isDefined())
                .isTrue();
    }

    @Test
    void a_negative_month_count_is_refused_at_its_field_with_line_and_column_in_french_and_english() {
        ReadResult<ExitPolicy> read = json.read(
                PlieDocument.EXIT_POLICY,
                "{\"formatVersion\":\"1\",\n\"preset\":\"BOULONNAIS\",\n\"followUp\":\"P-6M\"}");

        assertThat(read.value().isEmpty()).isTrue();
        JsonError e = read.errors().get(0);
        assertThat(e.code()).isEqualTo(JsonErrorCode.VALUE_PERIOD);
        assertThat(e.pointer()).isEqualTo("/followUp");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.message()).startsWith("Durée invalide");
        assertThat(e.message(Locale.ENGLISH)).startsWith("Invalid duration");
    }

    @Test
    void a_full_document_without_preset_needs_the_parameters_that_have_no_default() {
        ReadResult<ExitPolicy> read = json.read(PlieDocument.EXIT_POLICY, "{\"formatVersion\":\"1\"}");

        assertThat(read.errors())
                .extracting(JsonError::pointer)
                .containsExactly(
                        "/name",
                        "/durableContractTypes",
                        "/employmentEvidence",
                        "/trainingEvidence",
                        "/creationEvidence");
        assertThat(read.errors()).allMatch(e -> e.code() == JsonErrorCode.FIELD_REQUIRED);
    }

    @Test
    void a_full_document_with_only_the_required_parameters_takes_the_defaults_of_the_others() {
        ReadResult<ExitPolicy> read = json.read(
                PlieDocument.EXIT_POLICY,
                "{\"formatVersion\":\"1\",\"name\":\"mine\",\"durableContractTypes\":[\"CDI\"],"
                        + "\"employmentEvidence\":[],\"trainingEvidence\":[],\"creationEvidence\":[]}");

        assertThat(read.value().get())
                .isEqualTo(ExitPolicy.builder()
                        .name("mine")
                        .addDurableContractTypes(ContractType.CDI)
                        .build());
    }

    @Test
    void values_the_exit_engine_refuses_are_located_errors_not_exceptions() {
        String base = "{\"formatVersion\":\"1\",\"preset\":\"TOULOUSE_2015_2020\",";
        assertThat(codes(base + "\"durableContractTypes\":[\"CDI\",\"TEMPORARY_MISSION\"]}"))
                .containsExactly("value.enum@/durableContractTypes/1");
        assertThat(codes(base + "\"minimumWorkingTimeShare\":1.5}"))
                .containsExactly("value.between@/minimumWorkingTimeShare");
        assertThat(codes(base + "\"temporaryWorkWindow\":\"P0D\"}"))
                .containsExactly("value.period-positive@/temporaryWorkWindow");
        assertThat(codes(base + "\"employmentEvidence\":[{\"anyOf\":[]}]}"))
                .containsExactly("value.empty-list@/employmentEvidence/0/anyOf");
        assertThat(codes(base.replace("TOULOUSE_2015_2020", "PARIS") + "\"followUp\":\"6 mois\"}"))
                .containsExactly("value.enum@/preset", "value.period@/followUp");
    }

    /** The errors of a refused document, as {@code code@pointer}. */
    private <T> java.util.List<String> refused(PlieDocument<T> type, String document) {
        ReadResult<T> read = json.read(type, document);
        assertThat(read.value().isEmpty()).isTrue();
        return read.errors().stream()
                .map(e -> e.code().code() + "@" + e.pointer())
                .toList();
    }

    private java.util.List<String> codes(String document) {
        return refused(PlieDocument.EXIT_POLICY, document);
    }

    private java.util.List<String> eligibilityCodes(String document) {
        return refused(PlieDocument.ELIGIBILITY_POLICY, document);
    }

    @Test
    void an_eligibility_preset_with_its_criteria_replaced_reads_as_that_policy() {
        ReadResult<EligibilityPolicy> read = json.read(
                PlieDocument.ELIGIBILITY_POLICY,
                "{\"formatVersion\":\"1\",\"preset\":\"GRAND_AMIENOIS\",\"ageBounds\":{\"minAge\":26,\"maxAge\":64},"
                        + "\"criteria\":[{\"kind\":\"SENIOR\",\"fromAge\":50,\"jobSeekersOnly\":true},"
                        + "{\"jobSeekersOnly\":false,\"underAge\":26,\"kind\":\"YOUNG\"}],\"criteriaRequired\":1}");

        assertThat(read.errors()).isEmpty();
        EligibilityPolicy p = read.value().get();
        assertThat(p.territory()).isEqualTo(EligibilityPolicy.GRAND_AMIENOIS.territory());
        assertThat(p.ageBounds()).isEqualTo(AgeBounds.between(26, 64));
        assertThat(p.criteria()).containsExactly(new Criterion.Senior(50, true), new Criterion.Young(26, false));
    }

    @Test
    void eligibility_rules_across_fields_are_located_errors() {
        String base = "{\"formatVersion\":\"1\",\"preset\":\"GRAND_AMIENOIS\",";
        assertThat(eligibilityCodes(base + "\"criteria\":[{\"kind\":\"SENIOR\",\"fromAge\":50}]}"))
                .containsExactly("field.required@/criteria/0/jobSeekersOnly");
        assertThat(eligibilityCodes(base + "\"criteria\":[{\"kind\":\"JOB_SEEKER\",\"months\":12}]}"))
                .containsExactly("field.not-allowed@/criteria/0/months");
        assertThat(eligibilityCodes(base + "\"criteria\":[{\"kind\":\"JOB_SEEKER\"},{\"kind\":\"JOB_SEEKER\"}]}"))
                .containsExactly("rule.duplicate@/criteria");
        assertThat(eligibilityCodes(base + "\"criteria\":[{\"kind\":\"JOB_SEEKER\"}],\"criteriaRequired\":2}"))
                .containsExactly("rule.order@/criteriaRequired");
        assertThat(eligibilityCodes(base + "\"ageBounds\":{\"minAge\":30,\"maxAge\":20}}"))
                .containsExactly("rule.order@/ageBounds/minAge");
        assertThat(eligibilityCodes(base + "\"ageBounds\":{\"minAge\":-1}}"))
                .containsExactly("value.range@/ageBounds/minAge");
        assertThat(eligibilityCodes(
                        base + "\"territory\":{\"name\":\"T\",\"epcis\":[{\"name\":\"A\",\"communes\":[\"80021\"]},"
                                + "{\"name\":\"B\",\"communes\":[\"80021\"]}]}}"))
                .containsExactly("rule.duplicate@/territory/epcis");
    }

    @Test
    void a_null_preset_is_refused_at_the_preset_by_the_reader_and_the_schema() {
        for (PlieDocument<?> type : List.of(PlieDocument.EXIT_POLICY, PlieDocument.ELIGIBILITY_POLICY)) {
            String text = "{\"formatVersion\":\"1\",\"preset\":null}";
            assertThat(json.read(type, text).errors())
                    .extracting(JsonError::code, JsonError::pointer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonErrorCode.VALUE_TYPE, "/preset"));
            assertThat(Schemas.violations(type, text)).isNotEmpty();
        }
    }
}
