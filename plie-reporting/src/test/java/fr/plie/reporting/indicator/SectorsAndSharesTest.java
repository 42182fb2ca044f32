package fr.plie.reporting.indicator;

import static fr.plie.reporting.indicator.Cohorts.close;
import static fr.plie.reporting.indicator.Cohorts.job;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 003, "Typologie des emplois créés", "Typologie d'entreprises", "Les principaux secteurs d'activité". */
class SectorsAndSharesTest {
    private static Parcours hired(int n, Option<String> sector) {
        return close(
                        ParcoursFixture.enteredOn("S%02d".formatted(n), LocalDate.of(2023, 9, 1))
                                .step(
                                        job(ContractType.CDI, EmployerKind.PRIVATE, Option.none(), sector),
                                        LocalDate.of(2024, 2, 1),
                                        Option.none()),
                        LocalDate.of(2024, 6, 3),
                        ExitCategory.POSITIVE_EMPLOYMENT)
                .build();
    }

    @Test
    void naf_codes_roll_up_to_their_insee_section_whatever_their_spelling_and_free_text_stays_its_own_group() {
        List<Option<String>> recorded = List.of(
                Option.some("56.10A"),
                Option.some("5610A"),
                Option.some(" 56.30z "),
                Option.some("47.11F"),
                Option.some("82.11Z"),
                Option.some("81.21Z"),
                Option.some("Restauration"),
                Option.some("04.00Z"),
                Option.none(),
                Option.some("  "));
        List<Parcours> cohort = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            cohort.add(hired(i + 1, recorded.get(i)));
        }

        IndicatorReport report = Cohorts.report(ReportingOptions.asOf(Cohorts.AS_OF), cohort);

        Map<String, Long> sectors = new LinkedHashMap<>();
        report.sectors().forEach(s -> sectors.put(s.sector(), s.exits()));
        // no division 04 exists: the text is kept as recorded, like any free text
        assertThat(sectors)
                .containsExactly(
                        Map.entry("04.00Z", 1L),
                        Map.entry("?", 2L),
                        Map.entry("G", 1L),
                        Map.entry("I", 3L),
                        Map.entry("N", 2L),
                        Map.entry("Restauration", 1L));
        SectorFigure catering = report.sectors().stream()
                .filter(s -> s.sector().equals("I"))
                .findFirst()
                .get();
        assertThat(catering.nafSection()).contains(NafSection.I);
        assertThat(report.share(catering).value()).contains(new BigDecimal("0.300000"));
    }

    @Test
    void each_typology_reads_as_shares_of_its_stated_whole() {
        IndicatorReport report = TenExits.report(ReportingOptions.asOf(Cohorts.AS_OF), TenExits.cohort());

        // five employment exits (creation included): CDI P01, CDD P02 and P03, mission P04, creation P05
        assertThat(Typology.JOB.denominator(report)).isEqualTo(report.count(Indicator.EXITS_POSITIVE_EMPLOYMENT));
        assertThat(report.share(Indicator.JOB_CDI).get().value()).contains(new BigDecimal("0.200000"));
        assertThat(report.share(Indicator.JOB_CDD_OVER_6_MONTHS).get().value()).contains(new BigDecimal("0.400000"));
        // the creation has no employer: four employers, two private
        assertThat(Typology.EMPLOYER.denominator(report)).isEqualTo(4);
        assertThat(report.share(Indicator.EMPLOYER_PRIVATE).get().value()).contains(new BigDecimal("0.500000"));
        assertThat(report.share(Indicator.EXIT_MOVED_AWAY).get().denominator()).isEqualTo(10);
        assertThat(report.share(Indicator.ACTIVE_FILE)).isEmpty();
    }
}
