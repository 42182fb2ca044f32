package fr.plie.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.ParcoursStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParcoursGeneratorTest {
    private final ParcoursGenerator generator = ParcoursGenerator.standard();

    @Test
    void theSameSeedGivesTheSameParcoursAndAnotherSeedOthers() {
        assertThat(generator.stream(50).toList())
                .isEqualTo(ParcoursGenerator.standard().stream(50).toList());
        assertThat(new ParcoursGenerator(7).generate(3)).isNotEqualTo(generator.generate(3));
    }

    @Test
    void theLastParcoursOfAMillionIsGeneratedWithoutTheOthers() {
        GeneratedParcours last = generator.generate(999_999);
        assertThat(last.parcours().id().value()).isEqualTo("PAR-999999");
        assertThat(last)
                .isEqualTo(generator.stream(1_000_000).skip(999_999).findFirst().orElseThrow());
    }

    @Test
    void everyParcoursBelongsToItsPseudonymousParticipantAndHasAnExitDateOnceExited() {
        generator.stream(500).forEach(g -> {
            assertThat(g.parcours().participant()).isEqualTo(g.participant().id());
            assertThat(g.participant().personalData().isEmpty()).isTrue();
            assertThat(g.parcours().status() == ParcoursStatus.EXITED)
                    .isEqualTo(g.parcours().exitDate().isDefined());
        });
    }

    @Test
    void theFileLooksLikeTheSeedsFigures() {
        List<GeneratedParcours> file = generator.stream(6000).toList();
        List<Exit> exits =
                file.stream().flatMap(g -> g.parcours().exit().toJavaStream()).toList();
        // most parcours exited by the end of 2025, about half of the exits positive (seed 004 targets 50 %)
        System.out.println("EXITS " + exits.size() + " "
                + exits.stream().filter(e -> e.category().isPositive()).count());
        assertThat(exits.size()).isBetween(3800, 4200);
        long positive = exits.stream().filter(e -> e.category().isPositive()).count();
        assertThat((double) positive / exits.size()).isBetween(0.48, 0.58);
        // every employment exit has the job it was pronounced on
        assertThat(file.stream()
                        .filter(g -> g.parcours().exit().exists(e -> e.category() == ExitCategory.POSITIVE_EMPLOYMENT))
                        .allMatch(g -> g.parcours().steps().stream()
                                .anyMatch(s -> s.employment().isDefined())))
                .isTrue();
    }
}
