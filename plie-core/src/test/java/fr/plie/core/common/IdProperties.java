package fr.plie.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written id check accepts exactly what the documented pattern accepts. */
class IdProperties {
    private static final Pattern ORACLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    /** Every allowed character, the ones just outside each allowed range, and a few others. */
    private static final String ALPHABET = "aAzZ09mQ5._:-/@[`{ é\u0000\n";

    @Test
    void an_id_is_valid_exactly_when_the_pattern_matches_it() {
        qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 70))
                .checkAssert(indexes -> {
                    StringBuilder id = new StringBuilder();
                    indexes.forEach(i -> id.append(ALPHABET.charAt(i)));
                    String value = id.toString();

                    assertThat(Id.isValid(value))
                            .as(value)
                            .isEqualTo(ORACLE.matcher(value).matches());
                });
    }

    @Test
    void require_returns_a_valid_id_and_refuses_others_without_echoing_them() {
        assertThat(Id.require("PAR-1", "ParcoursId")).isEqualTo("PAR-1");
        assertThat(Id.isValid("a".repeat(64))).isTrue();
        assertThat(Id.isValid("a".repeat(65))).isFalse();
        assertThat(Id.isValid(null)).isFalse();
        assertThatThrownBy(() -> Id.require("-secret", "ParcoursId"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ParcoursId")
                .hasMessageNotContaining("secret");
    }
}
