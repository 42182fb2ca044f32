package fr.plie.adapter.jdbc;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.step.Employer;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the texts a database cannot store before anything is written. PostgreSQL refuses U+0000 in every text
 * type; rather than a driver error half-way through a save, the caller gets {@code jdbc.text.nul-refused}
 * naming the field (never its content).
 */
final class TextCheck {
    static final String NUL_REFUSED = "jdbc.text.nul-refused";

    private TextCheck() {}

    static Option<Rejection> check(Dialect dialect, Parcours p) {
        return dialect.acceptsNul() ? Option.none() : firstNul(p.id().value(), texts(p));
    }

    static Option<Rejection> check(Dialect dialect, Participant participant) {
        if (dialect.acceptsNul() || participant.personalData().isEmpty()) {
            return Option.none();
        }
        PersonalData d = participant.personalData().get();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("personalData.firstName", d.firstName());
        texts.put("personalData.lastName", d.lastName());
        d.email().forEach(v -> texts.put("personalData.email", v));
        d.phone().forEach(v -> texts.put("personalData.phone", v));
        d.address().forEach(v -> texts.put("personalData.address", v));
        return firstNul(participant.id().value(), texts);
    }

    private static Option<Rejection> firstNul(String id, Map<String, String> texts) {
        return Option.ofOptional(texts.entrySet().stream()
                .filter(e -> e.getValue().indexOf('\u0000') >= 0)
                .findFirst()
                .map(e -> PlieJdbc.TEXTS.rejection(NUL_REFUSED, id, e.getKey())));
    }

    /** Every free text of the parcours, by its path in the aggregate. */
    static Map<String, String> texts(Parcours p) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("referral.prescriberOrganisation", p.referral().prescriberOrganisation());
        list(texts, "referral.reasons", p.referral().reasons());
        for (int i = 0; i < p.decisions().size(); i++) {
            CommitteeDecision d = p.decisions().get(i);
            if (d instanceof CommitteeDecision.Refused r) {
                texts.put("decisions[" + i + "].reason", r.reason());
                texts.put("decisions[" + i + "].alternativeProposed", r.alternativeProposed());
            } else if (d instanceof CommitteeDecision.Postponed pp) {
                texts.put("decisions[" + i + "].reason", pp.reason());
            }
        }
        p.commitment().forEach(c -> list(texts, "commitment.objectives", c.objectives()));
        for (int i = 0; i < p.steps().size(); i++) {
            Step s = p.steps().get(i);
            String at = "steps[" + i + "].";
            list(texts, at + "objectives", s.objectives());
            s.operator().forEach(v -> texts.put(at + "operator", v));
            s.financedAction().forEach(v -> texts.put(at + "financedAction", v));
            s.training().flatMap(t -> t.certificationCode()).forEach(v -> texts.put(at + "certificationCode", v));
            Option<Employer> employer = s.employment()
                    .map(Employment::employer)
                    .orElse(() -> s.detail() instanceof Immersion im ? Option.some(im.host()) : Option.none());
            employer.forEach(e -> {
                texts.put(at + "employer.name", e.name());
                e.sector().forEach(v -> texts.put(at + "employer.sector", v));
            });
        }
        for (int i = 0; i < p.interviews().size(); i++) {
            texts.put("interviews[" + i + "].synthesis", p.interviews().get(i).synthesis());
        }
        for (int i = 0; i < p.placements().size(); i++) {
            String at = "placements[" + i + "].";
            texts.put(at + "offerReference", p.placements().get(i).offerReference());
            p.placements().get(i).reasons().forEach(v -> texts.put(at + "reasons", v));
        }
        List<fr.plie.core.exit.Evidence> evidence = p.exit().map(Exit::evidence).getOrElse(List.of());
        for (int i = 0; i < evidence.size(); i++) {
            texts.put("exit.evidence[" + i + "].reference", evidence.get(i).reference());
        }
        p.exit()
                .flatMap(Exit::validation)
                .map(ExitValidation::committee)
                .forEach(v -> texts.put("exit.validation.committee", v));
        return texts;
    }

    private static void list(Map<String, String> texts, String path, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            texts.put(path + "[" + i + "]", items.get(i));
        }
    }
}
