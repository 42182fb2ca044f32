package fr.plie.spring.boot.app;

import fr.plie.core.common.Rejection;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantRepository;
import io.vavr.control.Either;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's service: its own row and plie's participant in one transaction. */
@Service
public class Enrolments {
    private final ParticipantRepository participants;
    private final JdbcTemplate jdbc;

    Enrolments(ParticipantRepository participants, JdbcTemplate jdbc) {
        this.participants = participants;
        this.jdbc = jdbc;
    }

    /** Enrols {@code participant} and bills it, or writes nothing if plie refuses it; {@code fail} throws after both writes. */
    @Transactional
    public Either<Rejection, Participant> enrol(Participant participant, String invoice, boolean fail) {
        Either<Rejection, Participant> saved = participants.save(participant);
        if (saved.isLeft()) {
            return saved; // nothing written: rejection.message(locale) tells the user why
        }
        jdbc.update(
                "insert into invoice values (?, ?)", invoice, participant.id().value());
        if (fail) {
            throw new IllegalStateException("billing refused");
        }
        return saved;
    }
}
