package fr.plie.server;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.alert.Alerts;
import fr.plie.rules.readiness.ExitEngineReadiness;
import fr.plie.server.config.Policies;
import fr.plie.server.security.Caller;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** The parcours {@code caller} may see matching {@code filter}, in id order, page {@code page}. */
    public Page<Row> list(Caller caller, Filter filter, int page, int size) {
        List<Row> all = new ArrayList<>();
        try (Stream<Parcours> stream = visible(caller)) {
            stream.filter(p -> filter.status().map(s -> p.status() == s).getOrElse(true))
                    .filter(p -> filter.referent()
                            .map(r -> currentReferent(p).contains(r))
                            .getOrElse(true))
                    .forEach(p -> {
                        List<Alert> alerts = alerts(p, filter.asOf());
                        if (filter.alert()
                                .map(k -> alerts.stream().anyMatch(a -> a.kind() == k))
                                .getOrElse(true)) {
                            all.add(new Row(p, currentReferent(p), alerts));
                        }
                    });
        }
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    /** Every parcours {@code caller} may see, read without personal data; close the stream. */
    public Stream<Parcours> visible(Caller caller) {
        return plie.pseudonymised().parcours().streamAll().filter(caller::follows);
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

    /** The alerts of one parcours on {@code asOf}, exit alerts included under this PLIE's exit policy. */
    public List<Alert> alerts(Parcours parcours, LocalDate asOf) {
        return Alerts.forParcours(
                parcours, asOf, policies.alertPolicy(), ExitEngineReadiness.of(policies.exitPolicy()));
    }

    /** Every alert {@code caller} may see on {@code asOf}: the parcours' and, for those who see all, caseloads'. */
    public List<Alert> alerts(Caller caller, LocalDate asOf) {
        List<Alert> alerts = new ArrayList<>();
        List<Parcours> all = new ArrayList<>();
        try (Stream<Parcours> stream = visible(caller)) {
            stream.forEach(p -> {
                all.add(p);
                alerts.addAll(alerts(p, asOf));
            });
        }
        if (caller.seesEveryone()) {
            alerts.addAll(Alerts.forCaseload(policies.referents(), all, asOf, policies.alertPolicy()));
        }
        return alerts;
    }

    private static Option<String> currentReferent(Parcours p) {
        return p.referents().isEmpty()
                ? Option.none()
                : Option.some(
                        p.referents().get(p.referents().size() - 1).referent().value());
    }
}
