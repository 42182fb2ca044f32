package fr.plie.reporting.indicator;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitGroup;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepKind;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collector;

/**
 * Computes every indicator of an {@link IndicatorReport} in one pass: {@link #add} each parcours once, then
 * {@link #report}. Accumulators {@link #merge}: the accumulators of two halves of a file, of two threads or
 * of two PLIEs of a network combine into exactly the figures of one pass over everything, so a network can
 * consolidate without sharing personal data. {@link #empty} is the identity of the merge.
 *
 * <p>Mutable and not thread-safe, like a {@link Collector}'s container: give each thread its own and merge
 * them. Counts, day histograms (for exact medians) and sets (for distinct actions and offers) are what make
 * the merge exact.
 */
public final class IndicatorAccumulator {
    private static final Indicator[] EXIT_BY_CATEGORY = exitIndicators();

    private final ReportingPeriod period;
    private final ReportingOptions options;
    private final Tally tally;
    private final DayHistogram parcoursLength;
    private final DayHistogram timeToFirstEmployment;
    private final Set<String> financedActions = new HashSet<>();
    private final Set<String> offers = new HashSet<>();
    private final Map<String, Cell> sectors = new HashMap<>();
    private final Map<String, Cell> caseloads = new HashMap<>();
    private final Map<String, Cell> byReferent = new HashMap<>();
    private final Map<String, Cell> byOperator = new HashMap<>();
    private final Map<String, Cell> byCommune = new HashMap<>();
    private final Map<String, Cell> byEpci = new HashMap<>();
    private final EnumMap<Dimension, Map<String, Cell>> breakdowns = new EnumMap<>(Dimension.class);
    private final Cell[] months;
    private final YearMonth firstMonth;

    private IndicatorAccumulator(ReportingPeriod period, ReportingOptions options) {
        this.period = Objects.requireNonNull(period, "period");
        this.options = Objects.requireNonNull(options, "options");
        boolean drill = options.drillDown();
        tally = new Tally(drill);
        parcoursLength = new DayHistogram(drill);
        timeToFirstEmployment = new DayHistogram(drill);
        breakdowns.put(Dimension.REFERENT, byReferent);
        breakdowns.put(Dimension.OPERATOR, byOperator);
        breakdowns.put(Dimension.COMMUNE, byCommune);
        breakdowns.put(Dimension.EPCI, byEpci);
        firstMonth = YearMonth.from(period.from());
        months = new Cell[(int) firstMonth.until(YearMonth.from(period.to()), ChronoUnit.MONTHS) + 1];
        for (int i = 0; i < months.length; i++) {
            months[i] = new Cell(drill);
        }
    }

    private static Indicator[] exitIndicators() {
        Indicator[] byCategory = new Indicator[ExitCategory.values().length];
        for (ExitCategory category : ExitCategory.values()) {
            byCategory[category.ordinal()] = Indicator.valueOf("EXIT_" + category.name());
        }
        return byCategory;
    }

    /**
     * The accumulator of no parcours: merging with it changes nothing.
     *
     * @param period the period
     * @param options how the figures are computed
     * @return the empty accumulator
     */
    public static IndicatorAccumulator empty(ReportingPeriod period, ReportingOptions options) {
        return new IndicatorAccumulator(period, options);
    }

    /**
     * Collects a stream (sequential or parallel) of parcours into a report in one pass.
     *
     * @param period the period
     * @param options how the figures are computed
     * @return the collector
     */
    public static Collector<ReportedParcours, IndicatorAccumulator, IndicatorReport> collector(
            ReportingPeriod period, ReportingOptions options) {
        return Collector.of(
                () -> empty(period, options),
                IndicatorAccumulator::add,
                IndicatorAccumulator::merge,
                IndicatorAccumulator::report);
    }

    /**
     * Counts one parcours, with its participant's profile, in every figure it belongs to.
     *
     * @param reported the parcours and its profile
     * @return this accumulator
     */
    public IndicatorAccumulator add(ReportedParcours reported) {
        return add(reported.parcours(), reported.profile());
    }

    /**
     * Counts one parcours, with its participant's profile, in every figure it belongs to.
     *
     * @param parcours the parcours
     * @param profile its participant's profile
     * @return this accumulator
     */
    public IndicatorAccumulator add(Parcours parcours, Profile profile) {
        ParcoursId id = parcours.id();
        Sex sex = profile.sex();
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (period.contains(parcours.referral().date())) {
            tally.hit(Indicator.FIRST_RECEPTIONS, sex, id);
        }
        // plain null checks rather than Option chains: this runs once per parcours on files of a million
        CommitmentContract commitment = parcours.commitment().getOrNull();
        if (commitment == null) {
            return this;
        }
        LocalDate entry = commitment.signedOn();
        Exit validatedExit = parcours.exit().getOrNull();
        LocalDate exit = validatedExit != null && validatedExit.isValidated() ? validatedExit.date() : null;
        ReportingPeriod protocol = options.protocol().getOrNull();
        if (protocol != null) {
            LocalDate protocolEnd = protocol.to().isBefore(to) ? protocol.to() : to;
            if (!entry.isAfter(protocolEnd) && (exit == null || !exit.isBefore(protocol.from()))) {
                tally.hit(Indicator.PROTOCOL_PARTICIPANTS, sex, id);
            }
        }
        if (entry.isAfter(to) || (exit != null && exit.isBefore(from))) {
            return this;
        }
        boolean entered = !entry.isBefore(from);
        boolean exited = exit != null && !exit.isAfter(to);
        ExitCategory category = exited ? validatedExit.category() : null;
        boolean positive = exited && category.isPositive();

        tally.hit(Indicator.ACTIVE_FILE, sex, id);
        int age = profile.ageOn(entry);
        boolean longTermUnemployed = profile.jobSeekerForAtLeast(12, entry);
        EntryFigures.profile(tally, id, profile, age, longTermUnemployed);
        if (entered) {
            tally.hit(Indicator.ENTRIES, sex, id);
            EntryFigures.esfOutputs(tally, id, profile, age, longTermUnemployed);
        }
        if (exited) {
            addExit(parcours, sex, entry, exit, category);
        }
        LocalDate caseloadDay = exit == null || exit.isAfter(to) ? to : null;
        if (caseloadDay != null) {
            tally.hit(Indicator.ACTIVE_AT_END, sex, id);
            cell(caseloads, referentOn(parcours, to)).add(id, entered, false, false);
        }
        addFollowUp(parcours, sex, from, to);
        addBreakdowns(parcours, profile, entry, exit, entered, exited, positive);
        return this;
    }

    private void addExit(Parcours parcours, Sex sex, LocalDate entry, LocalDate exit, ExitCategory category) {
        ParcoursId id = parcours.id();
        tally.hit(Indicator.EXITS, sex, id);
        tally.hit(EXIT_BY_CATEGORY[category.ordinal()], sex, id);
        ExitGroup group = category.group();
        if (group != ExitGroup.ADMINISTRATIVE || !options.excludeAdministrativeExits()) {
            tally.hit(Indicator.EXITS_RATE_DENOMINATOR, sex, id);
            ExitPolicy policy = options.exitPolicy().getOrNull();
            if (policy != null) {
                PolicyCheck.count(tally, parcours, sex, exit, category, policy);
            }
        }
        switch (group) {
            case POSITIVE -> tally.hit(Indicator.EXITS_POSITIVE, sex, id);
            case ADMINISTRATIVE -> tally.hit(Indicator.EXITS_ADMINISTRATIVE, sex, id);
            case OTHER -> tally.hit(Indicator.EXITS_OTHER, sex, id);
        }
        if (category == ExitCategory.POSITIVE_EMPLOYMENT || category == ExitCategory.POSITIVE_CREATION) {
            tally.hit(Indicator.EXITS_POSITIVE_EMPLOYMENT, sex, id);
        } else if (category == ExitCategory.POSITIVE_TRAINING) {
            tally.hit(Indicator.EXITS_POSITIVE_TRAINING, sex, id);
        }
        if (category == ExitCategory.POSITIVE_CREATION) {
            tally.hit(Indicator.JOB_CREATION, sex, id);
        } else if (category == ExitCategory.POSITIVE_EMPLOYMENT) {
            Step job = EmploymentExit.stepOf(parcours, exit);
            tally.hit(EmploymentExit.typology(job), sex, id);
            if (job != null) {
                tally.hit(EmploymentExit.employerTypology(job), sex, id);
                String sector = NafSection.groupOf(
                        ((Employment) job.detail()).employer().sector());
                cell(sectors, sector).add(id, false, true, true);
            }
        }
        parcoursLength.add((int) ChronoUnit.DAYS.between(entry, exit), id);
        LocalDate firstJob = null;
        for (Step step : parcours.steps()) {
            if (step.kind() == StepKind.EMPLOYMENT
                    && !step.start().isAfter(exit)
                    && (firstJob == null || step.start().isBefore(firstJob))) {
                firstJob = step.start();
            }
        }
        if (firstJob != null) {
            timeToFirstEmployment.add((int) ChronoUnit.DAYS.between(entry, firstJob), id);
        }
        EsfResults.count(tally, parcours, sex, entry, exit, options.asOf());
    }

    private void addFollowUp(Parcours parcours, Sex sex, LocalDate from, LocalDate to) {
        ParcoursId id = parcours.id();
        int interviews = 0;
        for (Interview interview : parcours.interviews()) {
            if (period.contains(interview.date())) {
                interviews++;
            }
        }
        tally.hit(Indicator.INTERVIEWS, sex, id, interviews);
        int steps = 0;
        int financed = 0;
        int contracts = 0;
        int immersions = 0;
        int workshops = 0;
        for (Step step : parcours.steps()) {
            LocalDate end = step.end().getOrNull();
            if (step.start().isAfter(to) || (end != null && end.isBefore(from))) {
                continue;
            }
            steps++;
            String action = step.financedAction().getOrNull();
            if (action != null) {
                financed++;
                financedActions.add(action);
            }
            if (!step.start().isBefore(from)) {
                switch (step.kind()) {
                    case EMPLOYMENT -> contracts++;
                    case IMMERSION -> immersions++;
                    case JOB_SEARCH_WORKSHOP -> workshops++;
                    default -> {}
                }
            }
        }
        tally.hit(Indicator.STEPS, sex, id, steps);
        tally.hit(Indicator.FINANCED_ACTION_STEPS, sex, id, financed);
        tally.hit(Indicator.CONTRACTS_SIGNED, sex, id, contracts);
        if (contracts > 0) {
            tally.hit(Indicator.ACCESSES_TO_EMPLOYMENT, sex, id);
        }
        tally.hit(Indicator.IMMERSIONS, sex, id, immersions);
        tally.hit(Indicator.WORKSHOP_PARTICIPATIONS, sex, id, workshops);
        for (JobOfferPlacement placement : parcours.placements()) {
            if (!period.contains(placement.date())) {
                continue;
            }
            tally.hit(Indicator.PLACEMENTS, sex, id);
            offers.add(placement.offerReference());
            tally.hit(
                    switch (placement.result()) {
                        case HIRED -> Indicator.PLACEMENTS_HIRED;
                        case NOT_SELECTED -> Indicator.PLACEMENTS_NOT_SELECTED;
                        case DECLINED_BY_PARTICIPANT -> Indicator.PLACEMENTS_DECLINED;
                        case NO_SHOW -> Indicator.PLACEMENTS_NO_SHOW;
                        case OFFER_WITHDRAWN -> Indicator.PLACEMENTS_WITHDRAWN;
                        case PENDING -> Indicator.PLACEMENTS_PENDING;
                    },
                    sex,
                    id);
        }
    }

    private void addBreakdowns(
            Parcours parcours,
            Profile profile,
            LocalDate entry,
            LocalDate exit,
            boolean entered,
            boolean exited,
            boolean positive) {
        ParcoursId id = parcours.id();
        LocalDate to = period.to();
        LocalDate referentDay = exited ? exit : to;
        cell(byReferent, referentOn(parcours, referentDay)).add(id, entered, exited, positive);
        cell(byCommune, profile.residenceCommune().value()).add(id, entered, exited, positive);
        cell(byEpci, options.communeToEpci().getOrDefault(profile.residenceCommune(), BreakdownRow.UNKNOWN))
                .add(id, entered, exited, positive);
        List<Step> steps = parcours.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String operator = step.operator().getOrNull();
            LocalDate end = step.end().getOrNull();
            if (operator != null
                    && !step.start().isAfter(to)
                    && (end == null || !end.isBefore(period.from()))
                    && !operatorSeenBefore(steps, i, operator)) {
                cell(byOperator, operator).add(id, entered, exited, positive);
            }
        }
        LocalDate first = entry.isBefore(period.from()) ? period.from() : entry;
        LocalDate last = exited ? exit : to;
        int firstIndex = monthIndex(first);
        int lastIndex = monthIndex(last);
        for (int m = firstIndex; m <= lastIndex; m++) {
            months[m].add(id, entered && m == firstIndex, exited && m == lastIndex, positive);
        }
    }

    /** Whether an earlier step of the period already counted this operator for the parcours. */
    private boolean operatorSeenBefore(List<Step> steps, int index, String operator) {
        for (int j = 0; j < index; j++) {
            Step earlier = steps.get(j);
            LocalDate end = earlier.end().getOrNull();
            if (operator.equals(earlier.operator().getOrNull())
                    && !earlier.start().isAfter(period.to())
                    && (end == null || !end.isBefore(period.from()))) {
                return true;
            }
        }
        return false;
    }

    private int monthIndex(LocalDate day) {
        return (day.getYear() * 12 + day.getMonthValue()) - (firstMonth.getYear() * 12 + firstMonth.getMonthValue());
    }

    private static String referentOn(Parcours parcours, LocalDate day) {
        return parcours.referentOn(day).map(ReferentId::value).getOrElse(BreakdownRow.UNKNOWN);
    }

    private Cell cell(Map<String, Cell> cells, String key) {
        Cell cell = cells.get(key);
        if (cell == null) {
            cell = new Cell(options.drillDown());
            cells.put(key, cell);
        }
        return cell;
    }

    /**
     * Adds {@code other}'s figures to this accumulator's and returns this one. Both must cover the same period
     * with the same options.
     *
     * @param other the accumulator to add
     * @return this accumulator
     * @throws IllegalArgumentException if the periods or options differ (a programming error)
     */
    public IndicatorAccumulator merge(IndicatorAccumulator other) {
        if (!period.equals(other.period) || !options.equals(other.options)) {
            throw new IllegalArgumentException("only accumulators of the same period and options merge");
        }
        tally.merge(other.tally);
        parcoursLength.merge(other.parcoursLength);
        timeToFirstEmployment.merge(other.timeToFirstEmployment);
        financedActions.addAll(other.financedActions);
        offers.addAll(other.offers);
        mergeCells(sectors, other.sectors);
        mergeCells(caseloads, other.caseloads);
        breakdowns.forEach((dimension, cells) -> mergeCells(cells, other.breakdowns.get(dimension)));
        for (int i = 0; i < months.length; i++) {
            months[i].merge(other.months[i]);
        }
        return this;
    }

    private void mergeCells(Map<String, Cell> into, Map<String, Cell> from) {
        from.forEach((key, cell) -> cell(into, key).merge(cell));
    }

    /**
     * The accumulator's state as plain values, to ship to another PLIE (no person: counts, histograms, names of
     * actions, offers, referents, operators, communes, sectors).
     *
     * @return the snapshot
     * @throws IllegalStateException when computed with drill-down: the parcours ids stay home
     */
    public AccumulatorSnapshot snapshot() {
        if (options.drillDown()) {
            throw new IllegalStateException("an accumulator with drill-down keeps parcours ids: it has no snapshot");
        }
        Map<Indicator, Figure> counts = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            counts.put(indicator, tally.figure(indicator));
        }
        Map<Dimension, java.util.SortedMap<String, CellCounts>> cells = new EnumMap<>(Dimension.class);
        breakdowns.forEach((dimension, byKey) -> cells.put(dimension, counts(byKey)));
        List<CellCounts> monthCounts = new ArrayList<>(months.length);
        for (Cell month : months) {
            monthCounts.add(month.counts());
        }
        return new AccumulatorSnapshot(
                period,
                options,
                counts,
                parcoursLength.perDay(),
                timeToFirstEmployment.perDay(),
                financedActions,
                offers,
                counts(sectors),
                counts(caseloads),
                cells,
                monthCounts);
    }

    /**
     * The accumulator a snapshot was taken of: merging it gives what merging the original would.
     *
     * @param snapshot the snapshot
     * @return the accumulator
     */
    public static IndicatorAccumulator fromSnapshot(AccumulatorSnapshot snapshot) {
        IndicatorAccumulator accumulator = new IndicatorAccumulator(snapshot.period(), snapshot.options());
        snapshot.counts().forEach(accumulator.tally::set);
        snapshot.parcoursLength().forEach(accumulator.parcoursLength::addCount);
        snapshot.timeToFirstEmployment().forEach(accumulator.timeToFirstEmployment::addCount);
        accumulator.financedActions.addAll(snapshot.financedActions());
        accumulator.offers.addAll(snapshot.offers());
        snapshot.sectors()
                .forEach((key, c) -> accumulator.cell(accumulator.sectors, key).set(c));
        snapshot.caseloads()
                .forEach(
                        (key, c) -> accumulator.cell(accumulator.caseloads, key).set(c));
        snapshot.breakdowns()
                .forEach((dimension, byKey) -> byKey.forEach((key, c) -> accumulator
                        .cell(accumulator.breakdowns.get(dimension), key)
                        .set(c)));
        for (int i = 0; i < accumulator.months.length; i++) {
            accumulator.months[i].set(snapshot.months().get(i));
        }
        return accumulator;
    }

    private static java.util.SortedMap<String, CellCounts> counts(Map<String, Cell> cells) {
        java.util.SortedMap<String, CellCounts> counts = new java.util.TreeMap<>();
        cells.forEach((key, cell) -> counts.put(key, cell.counts()));
        return counts;
    }

    /**
     * The immutable report of everything added and merged so far.
     *
     * @return the report
     */
    public IndicatorReport report() {
        Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            figures.put(indicator, tally.figure(indicator));
        }
        List<BreakdownRow> rows = new ArrayList<>();
        breakdowns.forEach((dimension, cells) -> cells.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(e.getValue().row(dimension, e.getKey()))));
        for (int i = 0; i < months.length; i++) {
            rows.add(months[i].row(Dimension.MONTH, firstMonth.plusMonths(i).toString()));
        }
        List<BreakdownRow> sectorRows = sectors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().row(Dimension.OPERATOR, e.getKey()))
                .toList();
        List<Caseload> loads = caseloads.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    Option<ReferentId> referent = BreakdownRow.UNKNOWN.equals(e.getKey())
                            ? Option.none()
                            : Option.some(ReferentId.of(e.getKey()));
                    return new Caseload(
                            referent,
                            e.getValue().active,
                            referent.flatMap(
                                    r -> Option.of(options.referentFte().get(r))),
                            options.targets().capacityPerFte(),
                            e.getValue().row(Dimension.REFERENT, e.getKey()).parcours());
                })
                .toList();
        return new IndicatorReport(
                period,
                options,
                figures,
                sectorRows.stream()
                        .map(r -> new SectorFigure(r.key(), r.exits(), r.parcours()))
                        .toList(),
                parcoursLength.median(),
                timeToFirstEmployment.median(),
                financedActions.size(),
                offers.size(),
                loads,
                rows);
    }
}
