package fr.plie.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.ReportingPeriod;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports are values: the same counts make equal reports, however the map of figures was built. */
class IndicatorReportEqualityTest {
    private static final ReportingPeriod YEAR = ReportingPeriod.year(2024);
    private static final ReportingOptions OPTIONS = ReportingOptions.asOf(LocalDate.of(2024, 12, 31));

    private static IndicatorReport report(Map<Indicator, Figure> figures) {
        Median none = new Median(0, Option.none(), List.of());
        return new IndicatorReport(YEAR, OPTIONS, figures, List.of(), none, none, 0, 0, List.of(), List.of());
    }

    @Test
    void a_report_given_only_its_non_zero_figures_equals_the_one_given_every_indicator() {
        Figure exits = new Figure(3, 2, 1, 0, List.of());
        Map<Indicator, Figure> every = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            every.put(indicator, indicator == Indicator.EXITS ? exits : Figure.ZERO);
        }

        IndicatorReport sparse = report(Map.of(Indicator.EXITS, exits));

        assertThat(sparse).isEqualTo(report(every)).hasSameHashCodeAs(report(every));
        assertThat(sparse.figures()).hasSize(Indicator.values().length);
        assertThat(sparse.figure(Indicator.ENTRIES)).isEqualTo(Figure.ZERO);
        assertThat(report(Map.of())).isNotEqualTo(sparse);
    }
}
