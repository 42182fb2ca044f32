package fr.plie.server;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.common.Id;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursFilter;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.reporting.esf.EsfQuestionnaire;
import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.alert.Alerts;
import fr.plie.rules.alert.SixMonthSituation;
import fr.plie.rules.audit.AuditReport;
import fr.plie.rules.audit.ExitAudit;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.readiness.ExitEngineReadiness;
import fr.plie.server.config.Policies;
import fr.plie.server.security.Caller;
import fr.plie.server.security.Role;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The parcours and participants a caller may see, with their alerts: the one place the API and the web
 * application read them, so both apply the same access rules (a referent sees the parcours they follow, a
 * coordinator and an admin every one, reporting none) and the same filters.
 */
@Component
public class Caseload {
    private final PlieJdbc plie;
    private final Policies policies;
    private final SixMonthSituation sixMonths = EsfQuestionnaire.sixMonthSituation(this::entered);

    public Caseload(PlieJdbc plie, Policies policies) {
        this.plie = plie;
        this.policies = policies;
    }

    /** What a list may be filtered on; each absent filter lets everything through. */
    public record Filter(
            Option<ParcoursStatus> status, Option<String> referent, Option<AlertKind> alert, LocalDate asOf) {}

    /** A parcours in a list: its figures, current referent and alert kinds, no personal data. */
    public record Row(Parcours parcours, Option<String> referent, List<Alert> alerts) {}

    /** A page of a list. */
    public record Page<T>(List<T> items, int page, int size, long totalItems) {
        public long totalPages() {
            return (totalItems + size - 1) / size;
        }
    }

    /**
     * A page of a list walked by cursor: its items, in id order, and the cursor of the next page ({@link Cursor}),
     * none after the last.
     */
    public record Slice<T>(List<T> items, Option<String> next) {}

    /**
     * The most parcours one page of a list filtered on an alert kind examines: alerts are worked out in memory,
     * parcours by parcours, so such a page may stop short of its size (even empty) with a cursor to go on.
     */
    public static final int ALERT_SCAN = 1_000;

    /**
     * The day on which a referent filter is read so that it names the latest referent assignment, the one {@link
     * Caller#follows} and the list's referent column read: no assignment starts later (MariaDB's dates end there).
     */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /**
     * The parcours {@code caller} may see matching {@code filter}, in id order, those after {@code after}: at most
     * {@code size}, read a page at a time from the database ({@link fr.plie.core.parcours.ParcoursRepository#page}),
     * which applies the status, the referent and the caller's own restriction, so that a page costs the same
     * whatever the number of parcours stored. An alert filter is applied in memory on at most {@link #ALERT_SCAN}
     * parcours a page.
     */
    public Slice<Row> list(Caller caller, Filter filter, Option<ParcoursId> after, int size) {
        Option<ParcoursFilter> stored = storedFilter(caller, filter);
        if (stored.isEmpty()) {
            return new Slice<>(List.of(), Option.none());
        }
        ParcoursRepository repository = plie.pseudonymised().parcours();
        List<Row> rows = new ArrayList<>(size + 1);
        Option<ParcoursId> last = after;
        int examined = 0;
        boolean more = true;
        // one row past the page tells whether a next page exists, without an empty last page
        while (more && rows.size() <= size && examined < ALERT_SCAN) {
            int want = filter.alert().isEmpty()
                    ? size + 1 - rows.size()
                    : Math.min(Math.max(size + 1, 100), ALERT_SCAN - examined);
            List<Parcours> read = repository.page(stored.get(), last, want);
            more = read.size() == want;
            for (Parcours p : read) {
                examined++;
                last = Option.some(p.id());
                if (caller.follows(p)) { // what the database filtered, checked again on the parcours read
                    List<Alert> alerts = alerts(p, filter.asOf());
                    if (filter.alert().forAll(k -> alerts.stream().anyMatch(a -> a.kind() == k))) {
                        rows.add(new Row(p, currentReferent(p), alerts));
                    }
                }
                if (rows.size() > size) {
                    return new Slice<>(
                            List.copyOf(rows.subList(0, size)),
                            Option.some(
                                    Cursor.after(rows.get(size - 1).parcours().id())));
                }
            }
        }
        return new Slice<>(List.copyOf(rows), more ? last.map(Cursor::after) : Option.none());
    }

    /**
     * {@code filter}'s stored criteria narrowed to what {@code caller} may see, as the database applies them: a
     * referent sees the parcours whose latest referent they are; none when the caller may see none of them.
     */
    private static Option<ParcoursFilter> storedFilter(Caller caller, Filter filter) {
        Option<String> referent = filter.referent();
        if (!caller.seesEveryone()) {
            if (caller.role() != Role.REFERENT || referent.exists(r -> !r.equals(caller.name()))) {
                return Option.none();
            }
            referent = Option.some(caller.name());
        }
        if (referent.exists(r -> !Id.isValid(r))) {
            return Option.none(); // no parcours is followed by what is not a referent id
        }
        return Option.some(new ParcoursFilter(filter.status(), referent.map(ReferentId::of), LATEST));
    }

    /**
     * The alerts {@code caller} may see on {@code asOf} of kind {@code kind} (any when absent), page {@code page}:
     * the parcours' in id order, then, for those who see all, caseloads'. Streamed: only the page's alerts and the
     * parcours a caseload counts are kept.
     */
    public Page<Alert> alerts(Caller caller, LocalDate asOf, Option<AlertKind> kind, int page, int size) {
        Window<Alert> window = new Window<>(page, size);
        List<Parcours> followed = new ArrayList<>();
        try (Stream<Parcours> stream = visible(caller)) {
            stream.forEach(p -> {
                if (caller.seesEveryone() && p.referentOn(asOf).isDefined()) {
                    followed.add(p);
                }
                alerts(p, asOf).stream()
                        .filter(a -> kind.map(k -> a.kind() == k).getOrElse(true))
                        .forEach(window::offer);
            });
        }
        if (caller.seesEveryone()) {
            Alerts.forCaseload(policies.referents(), followed, asOf, policies.alertPolicy()).stream()
                    .filter(a -> kind.map(k -> a.kind() == k).getOrElse(true))
                    .forEach(window::offer);
        }
        return window.page();
    }

    /** The items of one page among those offered in order, and how many were offered. */
    private static final class Window<T> {
        private final long from;
        private final int page;
        private final int size;
        private final List<T> items = new ArrayList<>();
        private long total;

        Window(int page, int size) {
            this.from = (long) page * size;
            this.page = page;
            this.size = size;
        }

        /** Whether the next item offered falls in the page. */
        boolean wants() {
            return total >= from && items.size() < size;
        }

        void offer(T item) {
            if (wants()) {
                items.add(item);
            }
            total++;
        }

        Page<T> page() {
            return new Page<>(List.copyOf(items), page, size, total);
        }
    }

    /** Every parcours {@code caller} may see, read without personal data; close the stream. */
    public Stream<Parcours> visible(Caller caller) {
        return plie.pseudonymised().parcours().streamAll().filter(caller::follows);
    }

    /**
     * The control of recorded exits ({@code plie check}'s) over the parcours {@code caller} may see, read once as
     * a stream.
     */
    public AuditReport checks(Caller caller, LocalDate asOf, ExitPolicy policy) {
        try (Stream<Parcours> stream = visible(caller)) {
            return ExitAudit.run(stream, asOf, policy);
        }
    }

    /** The parcours, if it exists and {@code caller} may see it. */
    public Option<Parcours> parcours(Caller caller, ParcoursId id) {
        return plie.repositories(caller.name()).parcours().findById(id).filter(caller::follows);
    }

    /**
     * The participant, with personal data, if {@code caller} follows one of their parcours (any, for a
     * coordinator or an admin).
     */
    public Option<Participant> participant(Caller caller, ParticipantId id) {
        var repositories = plie.repositories(caller.name());
        boolean allowed = caller.seesEveryone()
                || repositories.parcours().findByParticipant(id).stream().anyMatch(caller::follows);
        return allowed ? repositories.participants().findById(id) : Option.none();
    }

    /**
     * The alerts of one parcours on {@code asOf}, exit alerts included under this PLIE's exit policy; once exited,
     * the ESF+ situation six months after the exit while neither the answers entered for the participant (in any
     * operation: a parcours may span several yearly ones) nor the parcours tell it (plie-reporting's derivation).
     */
    public List<Alert> alerts(Parcours parcours, LocalDate asOf) {
        return Alerts.forParcours(
                parcours, asOf, policies.alertPolicy(), ExitEngineReadiness.of(policies.exitPolicy()), sixMonths);
    }

    /**
     * The answers entered for the participant across their operations, the most recently updated winning a
     * question entered in several; read only for an exited parcours (the alerts ask nothing before).
     */
    private Option<EsfRecord> entered(Parcours parcours) {
        List<EsfRecord> records =
                new ArrayList<>(plie.pseudonymised().esfRecords().findByParticipant(parcours.participant()));
        if (records.isEmpty()) {
            return Option.none();
        }
        records.sort(Comparator.comparing(EsfRecord::updatedOn));
        Map<EsfQuestion, EsfAnswer> answers = new EnumMap<>(EsfQuestion.class);
        records.forEach(r -> answers.putAll(r.answers()));
        EsfRecord last = records.get(records.size() - 1);
        return Option.some(new EsfRecord(last.participant(), last.operation(), answers, last.updatedOn()));
    }

    /** Every alert {@code caller} may see on {@code asOf}: the parcours' and, for those who see all, caseloads'. */
    public List<Alert> alerts(Caller caller, LocalDate asOf) {
        return alerts(caller, asOf, Option.none(), 0, Integer.MAX_VALUE).items();
    }

    private static Option<String> currentReferent(Parcours p) {
        return p.referents().isEmpty()
                ? Option.none()
                : Option.some(
                        p.referents().get(p.referents().size() - 1).referent().value());
    }
}
