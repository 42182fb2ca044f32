package fr.plie.benchmarks.exit;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ExitEngine#assess} on realistic parcours of 10 to 20 steps (diagnostic, mobilisation, barrier actions,
 * workshops, immersions, trainings, short and long contracts, missions), one assessment per operation, against
 * the lower bound a vendor could write by hand: one loop over the same steps looking for a contract of at least
 * half-time that lasted 6 months, with no policy, projection, evidence or explanation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExitEngineBenchmark {
    private static final int PARCOURS = 1024;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Param({"national-guide-2010", "grand-amienois", "toulouse-2015-2020"})
    public String policyName;

    private ExitPolicy policy;
    private Parcours[] parcours;
    private int next;

    @Setup
    public void setUp() {
        policy = ExitPolicy.presets().stream()
                .filter(p -> p.name().equals(policyName))
                .findFirst()
                .orElseThrow();
        Random random = new Random(20_241_122L);
        parcours = new Parcours[PARCOURS];
        for (int i = 0; i < PARCOURS; i++) {
            parcours[i] = realistic(i, random);
        }
    }

    @Benchmark
    public ExitAssessment assess() {
        Parcours p = parcours[next++ & (PARCOURS - 1)];
        return ExitEngine.assess(p, AS_OF, policy);
    }

    @Benchmark
    public boolean baselineHandWrittenLoop() {
        Parcours p = parcours[next++ & (PARCOURS - 1)];
        List<Step> steps = p.steps();
        for (int i = 0, n = steps.size(); i < n; i++) {
            Step step = steps.get(i);
            if (step.start().isAfter(AS_OF) || !(step.detail() instanceof Employment job)) {
                continue;
            }
            ContractType type = job.contractType();
            if (type != ContractType.CDI && type != ContractType.CDD) {
                continue;
            }
            if (job.weeklyHours().compareTo(job.referenceWeeklyHours().multiply(HALF)) < 0) {
                continue;
            }
            LocalDate last = step.end().getOrElse(AS_OF);
            if (last.isAfter(AS_OF)) {
                last = AS_OF;
            }
            if (!last.isBefore(step.start().plusMonths(6).minusDays(1))) {
                return true;
            }
        }
        return false;
    }

    /** A parcours of 10 to 20 steps over two years, as a PLIE records them. */
    static Parcours realistic(int index, Random random) {
        LocalDate entry = LocalDate.of(2023, 1, 2).plusDays(random.nextInt(200));
        int count = 10 + random.nextInt(11);
        List<Step> steps = new ArrayList<>(count);
        LocalDate day = entry;
        for (int s = 0; s < count; s++) {
            int length = 5 + random.nextInt(120);
            StepDetail detail = detail(random, day, length);
            Step step = Step.of(StepId.of("S" + s), day, detail);
            boolean last = s == count - 1;
            steps.add(last && random.nextBoolean() ? step : step.endedOn(day.plusDays(length)));
            day = day.plusDays(length / 2 + random.nextInt(30));
        }
        return Parcours.builder()
                .id(ParcoursId.of("PAR-" + index))
                .participant(ParticipantId.of("P-" + index))
                .version(1)
                .referral(new Referral(
                        PrescriberKind.FRANCE_TRAVAIL, "France Travail", entry.minusDays(14), List.of("DELD")))
                .commitment(Option.some(CommitmentContract.signedOn(entry)))
                .steps(steps)
                .build();
    }

    private static StepDetail detail(Random random, LocalDate start, int length) {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> new StepDetail.Mobilisation();
            case 1 -> new StepDetail.BarrierAction(BarrierKind.values()[random.nextInt(BarrierKind.values().length)]);
            case 2 -> new StepDetail.JobSearchWorkshop();
            case 3 -> new Immersion(Employer.of("Mairie", EmployerKind.PUBLIC));
            case 4 -> {
                Training training = Training.qualifying("RNCP12345", start.plusDays(length));
                yield random.nextBoolean()
                        ? training
                        : training.withResult(
                                random.nextInt(4) == 0 ? TrainingResult.FAILED : TrainingResult.OBTAINED,
                                start.plusDays(length));
            }
            default -> employment(random, start, length);
        };
    }

    private static Employment employment(Random random, LocalDate start, int length) {
        ContractType[] types = {
            ContractType.CDD,
            ContractType.CDD,
            ContractType.TEMPORARY_MISSION,
            ContractType.TEMPORARY_MISSION,
            ContractType.CDDI,
            ContractType.PEC,
            ContractType.CDI
        };
        ContractType type = types[random.nextInt(types.length)];
        Employment.Builder builder = Employment.builder();
        builder.contractType(type)
                .employer(Employer.of("Entreprise", EmployerKind.PRIVATE))
                .weeklyHours(new BigDecimal(random.nextInt(4) == 0 ? "17.5" : "35"));
        if (type == ContractType.CDI) {
            builder.trialPeriodEnd(Option.some(start.plusMonths(2)));
        } else {
            builder.plannedEnd(Option.some(start.plusDays(length + random.nextInt(200))));
        }
        return builder.build();
    }
}
