package fr.plie.server.web;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The timeline of a parcours for its page: every dated event, oldest first, in French. */
final class ParcoursView {
    /** One event: when, what, and a detail (never personal data: ids, codes, dates). */
    record Event(LocalDate date, String what, String detail) {}

    private ParcoursView() {}

    static List<Event> timeline(Parcours p) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(
                p.referral().date(),
                "Prescription",
                p.referral().prescriberOrganisation() + " ("
                        + Labels.of(p.referral().prescriberKind()) + ")"));
        for (CommitteeDecision d : p.decisions()) {
            String what = d instanceof CommitteeDecision.Admitted
                    ? "Admission en comité"
                    : d instanceof CommitteeDecision.Refused ? "Refus en comité" : "Décision ajournée";
            events.add(new Event(d.date(), what, ""));
        }
        p.commitment().forEach(c -> events.add(new Event(c.signedOn(), "Contrat d'engagement signé", "")));
        p.referents()
                .forEach(r ->
                        events.add(new Event(r.from(), "Référent", r.referent().value())));
        for (Step s : p.steps()) {
            String detail = s.id().value()
                    + (s.end().isDefined() ? ", jusqu'au " + Labels.date(s.end().get()) : ", en cours");
            events.add(new Event(s.start(), "Étape " + Labels.of(s.kind()), detail));
        }
        p.interviews().forEach(i -> events.add(new Event(i.date(), "Entretien", Labels.of(i.mode()))));
        p.placements().forEach(m -> events.add(new Event(m.date(), "Mise en relation", m.offerReference())));
        p.exit().forEach(e -> {
            events.add(new Event(e.date(), "Sortie proposée", Labels.of(e.category())));
            e.validation().forEach(v -> events.add(new Event(v.date(), "Sortie validée", v.committee())));
        });
        events.sort(Comparator.comparing(Event::date));
        return events;
    }
}
