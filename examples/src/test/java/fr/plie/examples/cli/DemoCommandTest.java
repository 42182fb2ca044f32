package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plie demo} end to end on a smaller PLIE (150 participants) in a temporary folder, run twice. */
class DemoCommandTest {
    @TempDir
    static Path dir;

    static Run first;
    static Run second;
    static String csvAfterFirst;

    @BeforeAll
    static void runTwice() throws Exception {
        first = Run.of("demo", "--dir", dir.toString(), "--participants", "150");
        csvAfterFirst = Files.readString(dir.resolve("indicators.csv"));
        second = Run.of("demo", "--dir", dir.toString(), "--participants", "150");
    }

    /** The value column of one indicator of indicators.csv ({@code rubrique;code;libellé;unité;valeur;...}). */
    static String csv(String code) throws Exception {
        return Files.readAllLines(dir.resolve("indicators.csv")).stream()
                .map(l -> l.split(";", -1))
                .filter(f -> f.length > 4 && f[1].equals(code))
                .map(f -> f[4])
                .findFirst()
                .orElseThrow();
    }

    static Matcher find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(first.out());
        assertThat(m.find()).as(regex + " in\n" + first.out()).isTrue();
        return m;
    }

    @Test
    void theDemoSucceedsQuietlyAndWritesItsReportsBesideItsDatabase() throws Exception {
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        assertThat(dir.resolve("report.xlsx")).isNotEmptyFile();
        assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(dir.resolve("indicators.csv")).isNotEmptyFile();
        assertThat(dir.resolve("plie-demo.mv.db")).isNotEmptyFile();
        assertThat(first.out()).contains(dir.resolve("report.html").toString());
    }

    @Test
    void runningItTwiceGivesTheSameFigures() throws Exception {
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.readString(dir.resolve("indicators.csv"))).isEqualTo(csvAfterFirst);
    }

    @Test
    void theDashboardShowsTheFiguresOfTheExportedIndicators() throws Exception {
        Matcher rate = find("Taux de sorties positives : [^(]+\\((\\d+) sur (\\d+) sorties\\), objectif");
        assertThat(rate.group(1)).isEqualTo(csv("exits-positive"));
        assertThat(rate.group(2)).isEqualTo(csv("exits-rate-denominator"));

        Matcher active = find("File active sur le protocole : (\\d+) ; en parcours au dernier jour : (\\d+)");
        assertThat(active.group(1)).isEqualTo(csv("active-file"));
        assertThat(active.group(2)).isEqualTo(csv("active-at-end"));

        Matcher jobs = find("Emplois : CDI (\\d+) .*; CDD de plus de 6 mois (\\d+) .*; création (\\d+)");
        assertThat(List.of(jobs.group(1), jobs.group(2), jobs.group(3)))
                .containsExactly(csv("job-cdi"), csv("job-cdd-over-6-months"), csv("job-creation"));

        Matcher population = find("Candidats orientés : (\\d+) ; participants entrés sur le protocole : (\\d+)");
        assertThat(population.group(1)).isEqualTo("150");
        assertThat(population.group(2)).isEqualTo(csv("protocol-participants"));
    }

    @Test
    void entriesAndExitsByYearAddUpToTheProtocolsFigures() throws Exception {
        Matcher years =
                Pattern.compile("(?m)^  (20\\d\\d) +(\\d+) +(\\d+) +(\\d+)$").matcher(first.out());
        long entries = 0;
        long exits = 0;
        int rows = 0;
        while (years.find()) {
            rows++;
            entries += Long.parseLong(years.group(2));
            exits += Long.parseLong(years.group(3));
        }
        assertThat(rows).isEqualTo(6);
        assertThat(entries).isEqualTo(Long.parseLong(csv("entries")));
        assertThat(exits).isEqualTo(Long.parseLong(csv("exits")));
    }

    @Test
    void theExitEngineMostlyAgreesWithTheRecordedExitsAndAlertsAreCounted() {
        Matcher engine = find("accord avec les catégories enregistrées [^(]+\\((\\d+) sur (\\d+)\\)");
        long agreed = Long.parseLong(engine.group(1));
        long compared = Long.parseLong(engine.group(2));
        assertThat(compared).isPositive();
        assertThat(agreed).isGreaterThan(compared * 9 / 10);
        assertThat(find("Alertes : (\\d+)").group(1)).isNotEqualTo("0");
        // exited parcours: the ESF+ situation six months after exit, where the parcours does not tell it
        assertThat(find("Alertes : .*situation à six mois non recueillie \\(FSE\\+\\) (\\d+)")
                        .group(1))
                .isNotEqualTo("0");
        assertThat(find("Éligibilité : (\\d+) candidats éligibles sur 150").group(1))
                .isNotEqualTo("0");
    }

    @Test
    void theDashboardSpeaksEnglishOnRequest(@TempDir Path other) {
        Run run = Run.of("demo", "--dir", other.toString(), "--participants", "20", "--lang", "en");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Positive exit rate: ").contains("Exit engine (toulouse-2015-2020)");
    }

    @Test
    void impossibleCountsAndUnknownPoliciesAreInvalidInput(@TempDir Path other) {
        Run zero = Run.of("demo", "--dir", other.toString(), "--participants", "0");
        Run policy = Run.of("demo", "--dir", other.toString(), "--policy", "paris");

        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).hasLineCount(1);
        assertThat(policy.code()).isEqualTo(2);
        assertThat(policy.err()).contains("« paris »").hasLineCount(1);
    }
}
