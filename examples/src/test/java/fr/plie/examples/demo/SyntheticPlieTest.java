package fr.plie.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitGroup;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticPlieTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-12-31T12:00:00Z"), ZoneOffset.UTC);

    private static SyntheticPlie.Plie generate(long seed) {
        return new SyntheticPlie(seed, CLOCK, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31)).generate(1000, 12);
    }

    @Test
    void theSameSeedGivesTheSamePlie() {
        assertThat(generate(42)).isEqualTo(generate(42));
        assertThat(generate(42)).isNotEqualTo(generate(43));
    }

    @Test
    void aboutHalfOfTheExitsArePositiveAsTheSeedsTarget() {
        List<Exit> exits = generate(42).cases().stream()
                .filter(c -> c.parcours().status() == ParcoursStatus.EXITED)
                .map(c -> c.parcours().exit().get())
                .toList();
        assertThat(exits.size()).as("exits pronounced").isBetween(600, 900);
        double positive = exits.stream()
                        .filter(e -> e.category().group() == ExitGroup.POSITIVE)
                        .count()
                / (double) exits.size();
        assertThat(positive).isBetween(0.40, 0.60);
    }

    @Test
    void employmentExitsFollowTheJobAndEmployerTypologyOfSeed003() {
        var qualifying = generate(42).cases().stream()
                .filter(c -> c.parcours().exit().exists(e -> e.category() == ExitCategory.POSITIVE_EMPLOYMENT))
                .map(c -> c.parcours()
                        .steps()
                        .get(c.parcours().steps().size() - 1)
                        .employment()
                        .get())
                .toList();
        Map<ContractType, Long> byType =
                qualifying.stream().collect(Collectors.groupingBy(e -> e.contractType(), Collectors.counting()));
        double cdi = byType.getOrDefault(ContractType.CDI, 0L) / (double) qualifying.size();
        assertThat(cdi).as("CDI share (seed 003: 36.5 %%)").isBetween(0.25, 0.50);
        Map<EmployerKind, Long> byEmployer = qualifying.stream()
                .collect(Collectors.groupingBy(e -> e.employer().kind(), Collectors.counting()));
        double privateShare = byEmployer.getOrDefault(EmployerKind.PRIVATE, 0L) / (double) qualifying.size();
        assertThat(privateShare).as("private employers (seed 003: 60 %%)").isBetween(0.45, 0.75);
    }

    @Test
    void participantsEnterAllAlongTheProtocolAndAreSpreadOverTheReferents() {
        SyntheticPlie.Plie plie = generate(7);
        Map<Integer, Long> entriesByYear = plie.cases().stream()
                .flatMap(c -> c.parcours().entryDate().toJavaStream())
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));
        assertThat(entriesByYear.keySet()).contains(2022, 2023, 2024, 2025, 2026, 2027);
        Map<Object, Long> byReferent = plie.cases().stream()
                .collect(Collectors.groupingBy(
                        c -> c.parcours().referents().get(0).referent(), Collectors.counting()));
        assertThat(byReferent).hasSize(12);
        assertThat(plie.cases().stream()
                        .map(c -> c.participant().id())
                        .distinct()
                        .count())
                .isEqualTo(1000);
        assertThat(plie.cases().stream().map(SyntheticPlie.Case::parcours).map(p -> p.participant()))
                .containsExactlyElementsOf(plie.cases().stream()
                        .map(c -> c.participant().id())
                        .map(Function.identity())
                        .toList());
    }
}
