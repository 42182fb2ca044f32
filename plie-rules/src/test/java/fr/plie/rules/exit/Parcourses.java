package fr.plie.rules.exit;

import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.Draw;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Parcours for the exit tests: an active parcours entered on 2 January 2023 with the given steps, built with
 * the {@code Parcours} builder so that properties can reorder, lengthen or remove the steps {@link PlieGen}
 * drew (the exit engine reads the steps only).
 */
final class Parcourses {
    static final LocalDate ENTRY = LocalDate.of(2023, 1, 2);

    private static final StepKind[] SUPPORT = {
        StepKind.DIAGNOSTIC,
        StepKind.MOBILISATION,
        StepKind.BARRIER_ACTION,
        StepKind.JOB_SEARCH_WORKSHOP,
        StepKind.IMMERSION
    };

    private Parcourses() {}

    /** {@link PlieGen#steps}: every kind, started up to 999 days after {@link #ENTRY}, a third of them ended. */
    static Gen<List<Step>> steps(int min, int max) {
        return in -> PlieGen.steps(PlieGens.draw(in), ENTRY, min, max);
    }

    /** A step that is neither employment, training nor creation, starting up to 999 days after entry. */
    static Gen<Step> supportStep() {
        return in -> {
            Draw d = PlieGens.draw(in);
            LocalDate start = ENTRY.plusDays(d.between(0, 999));
            Step step = Step.of(StepId.of("X1"), start, PlieGen.detail(d, start, d.pick(SUPPORT)));
            return d.bool() ? step.endedOn(start.plusDays(d.between(0, 199))) : step;
        };
    }

    static Gen<LocalDate> asOf() {
        return integers().between(0, 1400).map(ENTRY::plusDays);
    }

    static Gen<ExitPolicy> presets() {
        return Generate.pick(ExitPolicy.presets());
    }

    static Parcours of(Step... steps) {
        return of(Arrays.asList(steps));
    }

    static Parcours of(List<Step> steps) {
        return Parcours.builder()
                .id(ParcoursId.of("PAR-EXIT"))
                .participant(ParticipantId.of("P-EXIT"))
                .version(1)
                .referral(new Referral(
                        PrescriberKind.FRANCE_TRAVAIL, "France Travail", ENTRY.minusDays(14), List.of("DELD")))
                .commitment(Option.some(CommitmentContract.signedOn(ENTRY)))
                .steps(steps)
                .build();
    }

    /** The same parcours with an exit proposed on {@code date} with {@code evidence}. */
    static Parcours withExit(Parcours parcours, LocalDate date, ExitCategory category, Evidence... evidence) {
        return parcours.withVersion(parcours.version() + 1)
                .withExit(Option.some(Exit.proposed(date, category, List.of(evidence))));
    }

    static Parcours plus(Parcours parcours, Step step) {
        List<Step> steps = new ArrayList<>(parcours.steps());
        steps.add(step);
        return of(steps);
    }

    static Evidence evidence(EvidenceKind kind, LocalDate issuedOn) {
        return new Evidence(kind, issuedOn, "GED-" + kind.name());
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Employment.Builder job(ContractType type, String weeklyHours) {
        Employment.Builder builder = Employment.builder();
        builder.contractType(type)
                .employer(Employer.of("Boulangerie du Capitole", EmployerKind.PRIVATE))
                .weeklyHours(new BigDecimal(weeklyHours));
        return builder;
    }

    static Employment fullTime(ContractType type) {
        return job(type, "35").build();
    }

    /** A step from {@code start} to {@code end} included. */
    static Step step(String id, StepDetail detail, String start, String end) {
        return Step.of(StepId.of(id), day(start), detail).endedOn(day(end));
    }

    /** A step started on {@code start}, still going on. */
    static Step ongoing(String id, StepDetail detail, String start) {
        return Step.of(StepId.of(id), day(start), detail);
    }

    static Training qualifyingTraining(String plannedEnd, TrainingResult result, String resultOn) {
        Training training = Training.qualifying("RNCP12345", day(plannedEnd));
        return result == TrainingResult.PENDING ? training : training.withResult(result, day(resultOn));
    }

    static BusinessCreation creation(String registeredOn, String activityStart) {
        return new BusinessCreation(
                Option.of(registeredOn).map(LocalDate::parse),
                Option.none(),
                Option.of(activityStart).map(LocalDate::parse));
    }

    static StepDetail mobilisation() {
        return new StepDetail.Mobilisation();
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
