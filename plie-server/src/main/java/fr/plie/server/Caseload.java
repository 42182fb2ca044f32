package fr.plie.server;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
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
     * The parcours {@code caller} may see matching {@code filter}, in id order, page {@code page}. Streamed: only
     * the page's rows are kept, and without an alert filter only they have their alerts worked out.
     */
    public Page<Row> list(Caller caller, Filter filter, int page, int size) {
        Window<Row> window = new Window<>(page, size);
        try (Stream<Parcours> stream = visible(caller)) {
            stream.filter(p -> filter.status().map(s -> p.status() == s).getOrElse(true))
                    .filter(p -> filter.referent()
                            .map(r -> currentReferent(p).contains(r))
                            .getOrElse(true))
                    .forEach(p -> {
                        if (filter.alert().isEmpty() && !window.wants()) {
                            window.skip();
                            return;
                        }
                        List<Alert> alerts = alerts(p, filter.asOf());
                        if (filter.alert()
                                .map(k -> alerts.stream().anyMatch(a -> a.kind() == k))
                                .getOrElse(true)) {
                            window.offer(new Row(p, currentReferent(p), alerts));
                        }
                    });
        }
        return window.page();
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

        void skip() {
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
