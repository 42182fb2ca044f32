package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Targets are fractions and counts a report can cite and the exchange format can carry. */
class TargetsTest {
    private static Targets positiveExitRate(String rate) {
        return new Targets(
                Option.some(new BigDecimal(rate)), Option.none(), Option.none(), Option.none(), Option.none(), 90);
    }

    @Test
    void a_rate_is_a_fraction_from_0_to_1() {
        assertThatNoException().isThrownBy(() -> positiveExitRate("0"));
        assertThatNoException().isThrownBy(() -> positiveExitRate("1.00"));
        // 50 meant as 50 % would read as 5000 %
        assertThatIllegalArgumentException().isThrownBy(() -> positiveExitRate("50"));
        assertThatIllegalArgumentException().isThrownBy(() -> positiveExitRate("-0.1"));
    }

    @Test
    void a_count_is_not_negative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Targets(Option.none(), Option.none(), Option.none(), Option.some(-1L), Option.none(), 90));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Targets(Option.none(), Option.none(), Option.none(), Option.none(), Option.some(-1L), 90));
    }
}
