package fr.plie.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 100,000 rows read in constant memory (issue 17): a file of 10,000 rows and one of 100,000 (two rows per parcours,
 * written by {@link SpreadsheetExport}) are each read in a JVM of its own at {@code -Xmx64m}, which measures its
 * live heap (after a collection) every 2,500 parcours; the peak for ten times the rows stays within a few
 * megabytes of the smaller file's, the difference being the set of parcours ids already seen (about 100 bytes an
 * id). Profile {@code big} ({@code -Dplie.big=true}): generating the files and reading them takes minutes.
 */
@EnabledIfSystemProperty(named = "plie.big", matches = "true")
class SpreadsheetMemoryTest {
    /** The heap of the JVM that reads. */
    static final String XMX = "-Xmx64m";

    @TempDir
    Path dir;

    private static final ParcoursLifecycle LIFECYCLE =
            new ParcoursLifecycle(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    /** Writes {@code rows} rows: parcours of two steps, with their participants. */
    private Path file(int rows, boolean xlsx) throws IOException {
        Path file = dir.resolve("big-" + rows + (xlsx ? ".xlsx" : ".csv"));
        SpreadsheetExport export = SpreadsheetExport.of(ColumnMapping.defaults());
        LocalDate referral = LocalDate.of(2024, 1, 8);
        try (OutputStream out = Files.newOutputStream(file);
                SpreadsheetExport.Sheet sheet = xlsx ? export.xlsx(out) : export.csv(out)) {
            for (int i = 0; i < rows / 2; i++) {
                ParticipantId participant = ParticipantId.of("IND-" + i);
                Parcours p = Parcours.referred(
                        fr.plie.core.parcours.ParcoursId.of("PAR-" + i),
                        participant,
                        new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail Amiens", referral, List.of()));
                p = apply(p, ParcoursCommand.admit(referral.plusDays(10)));
                p = apply(p, ParcoursCommand.signCommitment(referral.plusDays(14)));
                p = apply(
                        p,
                        new ParcoursCommand.StartStep(
                                Step.of(StepId.of("E1"), referral.plusDays(20), new StepDetail.Mobilisation())
                                        .endedOn(referral.plusDays(50))));
                p = apply(
                        p,
                        new ParcoursCommand.StartStep(
                                Step.of(StepId.of("E2"), referral.plusDays(51), new StepDetail.JobSearchWorkshop())));
                Profile profile = Profile.builder()
                        .birthDate(LocalDate.of(1970, 1, 1).plusDays(i % 12_000))
                        .sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE)
                        .residenceCommune(InseeCode.of("80021"))
                        .qualificationLevel(QualificationLevel.LEVEL_3)
                        .build();
                Participant person = new Participant(
                        participant,
                        profile,
                        Option.some(
                                new PersonalData("Awa", "Diallo-" + i, Option.none(), Option.none(), Option.none())));
                sheet.write(person, p);
            }
        }
        return file;
    }

    private static Parcours apply(Parcours p, ParcoursCommand command) {
        return LIFECYCLE.handle(p, command).get().parcours();
    }

    /** What the reading JVM printed: rows, parcours imported, groups rejected, peak live heap in bytes. */
    private record Reading(long rows, long imported, long rejected, long peakLive) {}

    private static Reading readInOwnJvm(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        XMX,
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dlog4j2.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                        "-Dlog4j2.simplelogLevel=OFF",
                        Reader.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        String[] f = out.strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        return new Reading(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void ten_times_the_rows_need_no_more_heap_than_the_ids_they_add(boolean xlsx) throws Exception {
        Reading small = readInOwnJvm(file(10_000, xlsx));
        Reading big = readInOwnJvm(file(100_000, xlsx));

        assertThat(small)
                .extracting(Reading::rows, Reading::imported, Reading::rejected)
                .containsExactly(10_000L, 5_000L, 0L);
        assertThat(big)
                .extracting(Reading::rows, Reading::imported, Reading::rejected)
                .containsExactly(100_000L, 50_000L, 0L);
        // 45,000 more parcours ids in the set of those seen: at most 150 bytes each
        assertThat(big.peakLive() - small.peakLive()).isLessThan(45_000L * 150);
        System.out.printf(
                "%s: peak live heap %d KiB for 10,000 rows, %d KiB for 100,000 rows (%s)%n",
                xlsx ? "XLSX" : "CSV", small.peakLive() / 1024, big.peakLive() / 1024, XMX);
    }

    /** The reading JVM: reads the file, measuring the live heap every 2,500 parcours. */
    static final class Reader {
        public static void main(String[] args) {
            long[] peak = {0};
            long[] count = {0};
            List<String> errors = new ArrayList<>();
            SpreadsheetImport.Summary summary = SpreadsheetImport.of(ColumnMapping.defaults())
                    .read(
                            Path.of(args[0]),
                            imported -> {
                                if (++count[0] % 2_500 == 0) {
                                    peak[0] = Math.max(peak[0], live());
                                }
                            },
                            rejected -> errors.add(rejected.errors().toString()));
            peak[0] = Math.max(peak[0], live());
            errors.stream().limit(5).forEach(System.out::println);
            System.out.println(summary.rows() + " " + summary.imported() + " " + summary.rejected() + " " + peak[0]);
        }

        private static long live() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
