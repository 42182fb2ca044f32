package fr.plie.core.esf;

import fr.plie.core.common.Rejection;
import fr.plie.core.participant.ParticipantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ESF+ answers a PLIE team entered for one participant in one operation: what the profile and the parcours
 * cannot tell (a minority, a foreign background, the situation six months later) or what the participant
 * declared otherwise. Answers that can be derived need not be entered; an entered answer takes precedence.
 *
 * @param updatedOn the day the answers were last changed
 */
public record EsfRecord(
        ParticipantId participant, EsfOperationId operation, Map<EsfQuestion, EsfAnswer> answers, LocalDate updatedOn) {
    /**
     * Copies the answers, so the record stays immutable.
     *
     * @param participant whose answers these are
     * @param operation the operation they are reported in
     * @param answers the entered answers by question
     * @param updatedOn the day the answers were last changed
     * @throws NullPointerException if a component is null
     */
    public EsfRecord {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(updatedOn, "updatedOn");
        answers = answers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(answers)));
    }

    /**
     * A record without any answer yet.
     *
     * @param participant whose answers it will hold
     * @param operation the operation they are reported in
     * @param on the day it is created
     * @return the empty record
     */
    public static EsfRecord empty(ParticipantId participant, EsfOperationId operation, LocalDate on) {
        return new EsfRecord(participant, operation, Map.of(), on);
    }

    /**
     * The same record with {@code question} answered, dated {@code on}.
     *
     * @param question the question answered
     * @param answer its answer, replacing any earlier one
     * @param on the day of the change
     * @return the new record; this one is unchanged
     */
    public EsfRecord with(EsfQuestion question, EsfAnswer answer, LocalDate on) {
        Map<EsfQuestion, EsfAnswer> next = new EnumMap<>(EsfQuestion.class);
        next.putAll(answers);
        next.put(question, answer);
        return new EsfRecord(participant, operation, next, on);
    }

    /**
     * Every reason the answers cannot be reported, all at once so the team fixes them together: an answer
     * the question does not take ({@code esf.answer.not-accepted}), or job searching and employment both
     * answered yes at exit, which the Commission's "last event" rule excludes
     * ({@code esf.exit.searching-and-employed}).
     *
     * @return the rejections, empty when the answers can be reported
     */
    public List<Rejection> violations() {
        List<Rejection> found = new ArrayList<>();
        answers.forEach((question, answer) -> {
            if (!question.accepts(answer)) {
                found.add(Rejection.of("esf.answer.not-accepted", participant, question.name(), answer.asText()));
            }
        });
        EsfAnswer searching = answers.get(EsfQuestion.EXIT_JOB_SEARCHING);
        EsfAnswer employed = answers.get(EsfQuestion.EXIT_EMPLOYED);
        if (searching != null && employed != null && searching.isYes() && employed.isYes()) {
            found.add(Rejection.of("esf.exit.searching-and-employed", participant, operation));
        }
        return found;
    }

    /** ESF+ answers are sensitive (disability, minority): never printed. */
    @Override
    public String toString() {
        return "EsfRecord[" + participant + ", " + operation + ", " + answers.size() + " answers]";
    }
}
