package fr.plie.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A caller without Vavr builds a business creation from {@link Optional}s and gets the same value. */
class BusinessCreationTest {
    private static final LocalDate REGISTERED = LocalDate.of(2024, 3, 1);

    @Test
    void optionalsGiveTheSameBusinessCreationAsVavrOptions() {
        BusinessCreation fromOptionals = new BusinessCreation(
                Optional.of(REGISTERED), Optional.of(Siret.of("73282932000074")), Optional.empty());

        assertThat(fromOptionals)
                .isEqualTo(new BusinessCreation(
                        Option.some(REGISTERED), Option.some(Siret.of("73282932000074")), Option.none()));
        assertThat(fromOptionals.activityStart().isEmpty()).isTrue();
    }

    @Test
    void aNullOptionalIsRefusedLikeANullOption() {
        assertThatNullPointerException()
                .isThrownBy(() -> new BusinessCreation(Optional.of(REGISTERED), null, Optional.empty()));
    }
}
