package fr.plie.adapter.jdbc;

import static fr.plie.adapter.jdbc.ParcoursQuery.FIRST_TEXT;
import static fr.plie.adapter.jdbc.ParcoursQuery.NUMBER;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Siret;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds one parcours from the rows of {@link ParcoursQuery}, which all share its id. Each child row goes to
 * the place its position column gives, so rows may come in any order (the paged stream reads them unsorted).
 */
final class ParcoursAssembler {
    /** Stands for an interview synthesis in pseudonymised reads: free text may name people. */
    static final String PSEUDONYMISED_TEXT = "[pseudonymised]";

    private final String id;
    private final ParcoursQuery.Layout layout;
    /** The columns of the current row's first date and first boolean, by its kind in {@link #layout}. */
    private int firstDate;

    private int firstBoolean;
    private boolean hasRoot;
    private String participant;
    private long version;
    private String status;
    private String prescriberKind;
    private String prescriberOrganisation;
    private String exitCategory;
    private String exitCommittee;
    private LocalDate referralDate;
    private LocalDate entryDate;
    private LocalDate exitProposed;
    private LocalDate exitValidated;
    private final List<CommitteeDecision> decisions = new ArrayList<>();
    private final List<ReferentAssignment> referents = new ArrayList<>();
    private final List<StepRow> steps = new ArrayList<>();
    /** The text items by list kind ({@code R}, {@code C}, {@code S}) and position of their owner. */
    private final Map<TextList, List<String>> texts = new HashMap<>();

    private final List<Interview> interviews = new ArrayList<>();
    private final List<JobOfferPlacement> placements = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    /** The parcours {@code id} from rows in the shared layout of {@link ParcoursQuery}. */
    ParcoursAssembler(String id) {
        this(id, ParcoursQuery.Layout.SHARED);
    }

    /** The parcours {@code id} from rows whose dates and booleans lie where {@code layout} says. */
    ParcoursAssembler(String id, ParcoursQuery.Layout layout) {
        this.id = id;
        this.layout = layout;
    }

    String id() {
        return id;
    }

    /** Takes in the current row of {@code rs}. */
    void accept(ResultSet rs) throws SQLException {
        accept(rs.getInt(2), rs);
    }

    /** Takes in the current row of {@code rs}, of the row kind {@code kind} ({@link ParcoursQuery#ROOT}...). */
    void accept(int kind, ResultSet rs) throws SQLException {
        firstDate = layout.firstDate()[kind];
        firstBoolean = layout.firstBoolean()[kind];
        if (kind == ParcoursQuery.ROOT) {
            root(rs);
            return;
        }
        int pos = rs.getInt(4);
        switch (kind) {
            case ParcoursQuery.DECISION -> place(decisions, pos, decision(rs));
            case ParcoursQuery.REFERENT ->
                place(referents, pos, new ReferentAssignment(ReferentId.of(text(rs, 0)), date(rs, 0)));
            case ParcoursQuery.STEP -> place(steps, pos, new StepRow(rs));
            case ParcoursQuery.TEXT -> place(textsOf(text(rs, 0), rs.getInt(3)), pos, text(rs, 1));
            case ParcoursQuery.INTERVIEW ->
                place(
                        interviews,
                        pos,
                        new Interview(
                                date(rs, 0),
                                InterviewMode.valueOf(text(rs, 0)),
                                optionalText(rs, 1).getOrElse(PSEUDONYMISED_TEXT),
                                ReferentId.of(text(rs, 2))));
            case ParcoursQuery.PLACEMENT ->
                place(
                        placements,
                        pos,
                        new JobOfferPlacement(
                                text(rs, 0), date(rs, 0), PlacementResult.valueOf(text(rs, 1)), optionalText(rs, 2)));
            case ParcoursQuery.EVIDENCE ->
                place(evidence, pos, new Evidence(EvidenceKind.valueOf(text(rs, 0)), date(rs, 0), text(rs, 1)));
            default -> throw new IllegalStateException("unknown row kind " + kind);
        }
    }

    /** Puts {@code value} at {@code pos}: positions are 0 to n - 1 as written, so the list ends up full. */
    private static <T> void place(List<T> list, int pos, T value) {
        while (list.size() <= pos) {
            list.add(null);
        }
        list.set(pos, value);
    }

    private void root(ResultSet rs) throws SQLException {
        hasRoot = true;
        participant = text(rs, 0);
        status = text(rs, 1);
        prescriberKind = text(rs, 2);
        prescriberOrganisation = text(rs, 3);
        exitCategory = text(rs, 4);
        exitCommittee = text(rs, 5);
        referralDate = date(rs, 0);
        entryDate = date(rs, 1);
        exitProposed = date(rs, 2);
        exitValidated = date(rs, 3);
        version = rs.getLong(NUMBER);
    }

    Parcours build() {
        if (!hasRoot) {
            throw new IllegalStateException("parcours " + id + " has child rows but no root row");
        }
        for (List<?> list : List.of(decisions, referents, steps, interviews, placements, evidence)) {
            if (list.contains(null)) {
                throw new IllegalStateException("parcours " + id + " has a gap in the positions of its rows");
            }
        }
        List<Step> builtSteps = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            builtSteps.add(steps.get(i).build(texts("S", i)));
        }
        Option<Exit> exit = exitProposed == null
                ? Option.none()
                : Option.some(new Exit(
                        exitProposed,
                        ExitCategory.valueOf(exitCategory),
                        evidence,
                        exitValidated == null
                                ? Option.none()
                                : Option.some(new ExitValidation(exitValidated, exitCommittee))));
        Parcours parcours = Parcours.builder()
                .id(ParcoursId.of(id))
                .participant(ParticipantId.of(participant))
                .version(version)
                .referral(new Referral(
                        PrescriberKind.valueOf(prescriberKind), prescriberOrganisation, referralDate, texts("R", 0)))
                .decisions(decisions)
                .commitment(
                        entryDate == null
                                ? Option.none()
                                : Option.some(new CommitmentContract(entryDate, texts("C", 0))))
                .referents(referents)
                .steps(builtSteps)
                .interviews(interviews)
                .placements(placements)
                .exit(exit)
                .restore()
                .getOrElseThrow(violations -> new IllegalStateException("parcours " + id
                        + " holds a history no lifecycle produces: "
                        + violations.stream().map(Rejection::code).toList()));
        if (!parcours.status().name().equals(status)) {
            throw new IllegalStateException(
                    "parcours " + id + " stores the status " + status + " but its history says " + parcours.status());
        }
        return parcours;
    }

    private List<String> texts(String kind, int owner) {
        return texts.getOrDefault(new TextList(kind, owner), List.of());
    }

    /** The list the text items of kind {@code kind} owned by position {@code owner} are read into. */
    private List<String> textsOf(String kind, int owner) {
        return texts.computeIfAbsent(new TextList(kind, owner), k -> new ArrayList<>());
    }

    /** A list of text items: its kind and its owner's position (a key without concatenating strings per row). */
    private record TextList(String kind, int owner) {}

    private CommitteeDecision decision(ResultSet rs) throws SQLException {
        String kind = text(rs, 0);
        return switch (kind) {
            case "ADMITTED" -> new CommitteeDecision.Admitted(date(rs, 0));
            case "REFUSED" -> new CommitteeDecision.Refused(date(rs, 0), text(rs, 1), text(rs, 2));
            case "POSTPONED" -> new CommitteeDecision.Postponed(date(rs, 0), text(rs, 1), optionalDate(rs, 1));
            default -> throw new IllegalStateException("unknown decision kind " + kind);
        };
    }

    /** A step row, read at once since the cursor moves on, built when its objectives are known. */
    private final class StepRow {
        private final String[] text = new String[ParcoursQuery.TEXTS];
        private final LocalDate[] date = new LocalDate[ParcoursQuery.DATES];
        private final Boolean qualifying;
        private final Boolean partTimeChosen;
        private final Boolean trialPeriodEndUnknown;

        StepRow(ResultSet rs) throws SQLException {
            for (int i = 0; i < text.length; i++) {
                text[i] = text(rs, i);
            }
            for (int i = 0; i < date.length; i++) {
                date[i] = date(rs, i);
            }
            qualifying = bool(rs, 0);
            partTimeChosen = bool(rs, 1);
            trialPeriodEndUnknown = bool(rs, 2);
        }

        Step build(List<String> objectives) {
            return new Step(
                    StepId.of(text[0]),
                    date[0],
                    Option.of(date[1]),
                    detail(),
                    objectives,
                    Option.of(text[2]),
                    Option.of(text[3]));
        }

        private StepDetail detail() {
            StepKind kind = StepKind.valueOf(text[1]);
            return switch (kind) {
                case DIAGNOSTIC -> new StepDetail.Diagnostic();
                case MOBILISATION -> new StepDetail.Mobilisation();
                case JOB_SEARCH_WORKSHOP -> new StepDetail.JobSearchWorkshop();
                case BARRIER_ACTION -> new StepDetail.BarrierAction(BarrierKind.valueOf(text[4]));
                case TRAINING ->
                    new Training(
                            qualifying,
                            Option.of(text[5]),
                            Option.of(date[2]),
                            TrainingResult.valueOf(text[6]),
                            Option.of(date[3]));
                case EMPLOYMENT ->
                    Employment.builder()
                            .contractType(ContractType.valueOf(text[7]))
                            .employer(employer())
                            .plannedEnd(Option.of(date[2]))
                            .trialPeriodEnd(Option.of(date[4]))
                            .trialPeriodEndUnknown(Boolean.TRUE.equals(trialPeriodEndUnknown))
                            .weeklyHours(new BigDecimal(text[12]))
                            .referenceWeeklyHours(new BigDecimal(text[13]))
                            .partTimeChosen(partTimeChosen)
                            .build();
                case IMMERSION -> new Immersion(employer());
                case BUSINESS_CREATION ->
                    new BusinessCreation(Option.of(date[5]), Option.of(text[9]).map(Siret::of), Option.of(date[6]));
            };
        }

        private Employer employer() {
            return new Employer(
                    text[8], Option.of(text[9]).map(Siret::of), Option.of(text[10]), EmployerKind.valueOf(text[11]));
        }
    }

    private static String text(ResultSet rs, int slot) throws SQLException {
        return rs.getString(FIRST_TEXT + slot);
    }

    private static Option<String> optionalText(ResultSet rs, int slot) throws SQLException {
        return Option.of(rs.getString(FIRST_TEXT + slot));
    }

    private LocalDate date(ResultSet rs, int slot) throws SQLException {
        return rs.getObject(firstDate + slot, LocalDate.class);
    }

    private Option<LocalDate> optionalDate(ResultSet rs, int slot) throws SQLException {
        return Option.of(date(rs, slot));
    }

    private Boolean bool(ResultSet rs, int slot) throws SQLException {
        boolean value = rs.getBoolean(firstBoolean + slot);
        return rs.wasNull() ? null : value;
    }
}
