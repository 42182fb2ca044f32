package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfQuestion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The ESF+ questionnaire of one participant-operation: one {@link EsfResponse} per question. */
public record EsfSheet(ParticipantOperation record, Map<EsfQuestion, EsfResponse> responses) {
    public EsfSheet {
        Objects.requireNonNull(record, "record");
        if (responses.size() != EsfQuestion.values().length) {
            throw new IllegalArgumentException("a sheet answers every question");
        }
        responses = Collections.unmodifiableMap(new EnumMap<>(responses));
    }

    public EsfResponse response(EsfQuestion question) {
        return responses.get(question);
    }

    /** The responses that block the ESF+ reporting, in the questionnaire's order. */
    public List<EsfResponse> missing() {
        return responses.values().stream()
                .filter(r -> r.source() == EsfSource.MISSING)
                .toList();
    }

    /** ESF+ answers are sensitive: a sheet names its participant by pseudonymous id only and prints no answer. */
    @Override
    public String toString() {
        return "EsfSheet[" + record.participant() + ", " + record.operation().id() + "]";
    }
}
