package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** {@link NafSection#of} against INSEE's table of divisions written out as one letter per division. */
class NafSectionProperties {
    /** Divisions 01 to 99 in order; '-' where NAF rév. 2 has no division. */
    private static final String SECTION_OF_DIVISION =
            "AAA-BBBBB" + "C".repeat(24) + "-DEEEE-FFF-GGG-HHHHH-II-JJJJJJ" + "KKK-LMMMMMMM-NNNNNN-OPQQQ-RRRRSSSTTU";

    @Test
    void the_oracle_table_has_one_letter_per_division() {
        assertThat(SECTION_OF_DIVISION).hasSize(99);
    }

    @Test
    void every_code_of_a_division_falls_in_the_section_of_its_division_however_it_is_written() {
        qt().forAll(
                        integers().between(1, 99),
                        integers().between(0, 99),
                        integers().between(0, 25))
                .checkAssert((division, rest, letter) -> {
                    char expected = SECTION_OF_DIVISION.charAt(division - 1);
                    String dotted = "%02d.%02d%c".formatted(division, rest, (char) ('A' + letter));
                    String compact = dotted.replace(".", "").toLowerCase();
                    for (String code : new String[] {dotted, compact, "%02d".formatted(division)}) {
                        if (expected == '-') {
                            assertThat(NafSection.of(code)).as(code).isEmpty();
                        } else {
                            assertThat(NafSection.of(code).map(Enum::name))
                                    .as(code)
                                    .contains(String.valueOf(expected));
                        }
                    }
                });
    }
}
