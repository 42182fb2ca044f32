package fr.plie.rules.exit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.step.BusinessCreation;
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
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of parcours for the exit properties. Each step is decoded from a vector of small integers, so
 * QuickTheories shrinks a failing parcours to fewer steps and smaller numbers.
 */
final class ParcoursGen {
    static final LocalDate ENTRY = Parcourses.ENTRY;
    private static final String[] HOURS = {"10", "17.49", "17.5", "24", "35"};
    private static final int GENES = 9;

    private ParcoursGen() {}

    /** One step's genes: kind, contract type, start, length, how it ends, hours, trial / result, misc. */
    static Gen<int[]> stepGenes() {
        return Generate.intArrays(Generate.constant(GENES), integers().between(0, 999));
    }

    static Gen<List<int[]>> genes(int min, int max) {
        return lists().of(stepGenes()).ofSizeBetween(min, max);
    }

    static Gen<LocalDate> asOf() {
        return integers().between(0, 1400).map(ENTRY::plusDays);
    }

    static Gen<ExitPolicy> presets() {
        return Generate.pick(ExitPolicy.presets());
    }

    static Parcours parcours(List<int[]> genes) {
        List<Step> steps = new ArrayList<>(genes.size());
        for (int i = 0; i < genes.size(); i++) {
            steps.add(step("S" + (i + 1), genes.get(i)));
        }
        return Parcourses.of(steps);
    }

    static Step step(String id, int[] g) {
        LocalDate start = ENTRY.plusDays(g[2]);
        LocalDate last = start.plusDays(g[3] % 400);
        int kind = g[0] % 12;
        StepDetail detail;
        if (kind < 7) {
            detail = employment(g, start, last);
        } else if (kind < 9) {
            detail = training(g, start, last);
        } else if (kind == 9) {
            detail = creation(g, start);
        } else {
            detail = nonEmployment(g[1]);
        }
        Step step = Step.of(StepId.of(id), start, detail);
        return g[4] % 3 == 0 ? step.endedOn(last) : step;
    }

    static Employment employment(int[] g, LocalDate start, LocalDate last) {
        ContractType type = ContractType.values()[g[1] % ContractType.values().length];
        Employment.Builder builder = Employment.builder();
        builder.contractType(type)
                .employer(Employer.of("Boulangerie du Capitole", EmployerKind.PRIVATE))
                .weeklyHours(new BigDecimal(HOURS[g[5] % HOURS.length]))
                .partTimeChosen(g[5] >= 500)
                .plannedEnd(g[4] % 3 == 2 || type == ContractType.CDI ? Option.none() : Option.some(last));
        if (type == ContractType.CDI && g[6] % 4 != 0) {
            builder.trialPeriodEnd(Option.some(start.plusDays(g[6] % 120)));
        }
        return builder.build();
    }

    static Training training(int[] g, LocalDate start, LocalDate last) {
        boolean qualifying = g[1] % 4 != 0;
        Training training = new Training(
                qualifying,
                qualifying ? Option.some("RNCP12345") : Option.none(),
                Option.some(last),
                TrainingResult.PENDING,
                Option.none());
        TrainingResult result = TrainingResult.values()[g[6] % TrainingResult.values().length];
        return result == TrainingResult.PENDING ? training : training.withResult(result, last.plusDays(g[7] % 30));
    }

    static BusinessCreation creation(int[] g, LocalDate start) {
        Option<LocalDate> registered = g[6] % 5 == 0 ? Option.none() : Option.some(start.plusDays(g[6] % 90));
        return new BusinessCreation(registered, Option.none(), registered.map(d -> d.plusDays(g[7] % 30)));
    }

    static StepDetail nonEmployment(int which) {
        return switch (which % 5) {
            case 0 -> new StepDetail.Diagnostic();
            case 1 -> new StepDetail.Mobilisation();
            case 2 -> new StepDetail.BarrierAction(BarrierKind.values()[which % BarrierKind.values().length]);
            case 3 -> new StepDetail.JobSearchWorkshop();
            default -> new Immersion(Employer.of("Mairie", EmployerKind.PUBLIC));
        };
    }

    /**
     * The parcours as it was known on {@code asOf}: later steps, training results and registrations removed.
     */
    static Parcours knownOn(Parcours parcours, LocalDate asOf) {
        List<Step> known = new ArrayList<>();
        for (Step step : parcours.steps()) {
            if (step.start().isAfter(asOf)) {
                continue;
            }
            StepDetail detail = step.detail();
            if (detail instanceof Training t && t.resultOn().exists(asOf::isBefore)) {
                detail = new Training(
                        t.qualifying(), t.certificationCode(), t.plannedEnd(), TrainingResult.PENDING, Option.none());
            } else if (detail instanceof BusinessCreation b && b.registeredOn().exists(asOf::isBefore)) {
                detail = new BusinessCreation(Option.none(), b.siret(), Option.none());
            }
            known.add(new Step(
                    step.id(),
                    step.start(),
                    step.end(),
                    detail,
                    step.objectives(),
                    step.operator(),
                    step.financedAction()));
        }
        return Parcourses.of(known);
    }
}
