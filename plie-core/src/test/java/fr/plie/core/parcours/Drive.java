package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursFixture.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import java.time.LocalDate;

/** Runs one command through the fixtures' lifecycle and says plainly whether it was accepted. */
final class Drive {
    private Drive() {}

    static LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The parcours after {@code command}, failing the test with the French text if it is rejected. */
    static Parcours accepted(Parcours parcours, ParcoursCommand command) {
        Either<Rejection, ParcoursChange> result = LIFECYCLE.handle(parcours, command);
        assertThat(result.isRight())
                .as("%s should be accepted, was: %s", command, result.fold(Rejection::message, c -> ""))
                .isTrue();
        return result.get().parcours();
    }

    /** The rejection of {@code command}, failing the test if it is accepted. */
    static Rejection rejected(Parcours parcours, ParcoursCommand command) {
        Either<Rejection, ParcoursChange> result = LIFECYCLE.handle(parcours, command);
        assertThat(result.isLeft()).as("%s should be rejected", command).isTrue();
        return result.getLeft();
    }
}
