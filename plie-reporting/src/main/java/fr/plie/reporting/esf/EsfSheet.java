package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfQuestion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The ESF+ questionnaire of one participant-operation: one {@link EsfResponse} per question. */
public record EsfSheet(ParticipantOperation record, Map<EsfQuestion, EsfResponse> responses) {
    /**
     * Checks that every question is answered and copies the responses.
     *
     * @param record the participant-operation
     * @param responses one response per question
     * @throws NullPointerException if {@code record} is null
     * @throws IllegalArgumentException if a question has no response
     */
    public EsfSheet {
        Objects.requireNonNull(record, "record");
        if (responses.size() != EsfQuestion.values().length) {
            throw new IllegalArgumentException("a sheet answers every question");
        }
        responses = Collections.unmodifiableMap(new EnumMap<>(responses));
    }

    /**
     * The response to {@code question}.
     *
     * @param question the question
     * @return its response
     */
    public EsfResponse response(EsfQuestion question) {
        return responses.get(question);
    }

    /**
     * The responses that block the ESF+ reporting, in the questionnaire's order.
     *
     * @return the missing responses
     */
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
