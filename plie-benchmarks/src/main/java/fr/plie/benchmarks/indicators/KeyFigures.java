package fr.plie.benchmarks.indicators;

import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;

/**
 * The three figures every way of computing is compared on: the positive exit rate (positive exits over exits
 * pronounced in the period, seeds 001, 002 and 004), the active file (participants accompanied at some day of
 * the period) and the job typology of employment exits (seed 003: CDI, CDD of more than 6 months, creation).
 */
public record KeyFigures(
        long activeFile,
        long exits,
        long positiveExits,
        long jobCdi,
        long jobCddOver6Months,
        long jobCreation,
        long jobOther,
        long jobNotRecorded) {

    /** The figures of a plie-reporting report. */
    public static KeyFigures of(IndicatorReport report) {
        return new KeyFigures(
                report.count(Indicator.ACTIVE_FILE),
                report.positiveExitRate().denominator(),
                report.positiveExitRate().numerator(),
                report.count(Indicator.JOB_CDI),
                report.count(Indicator.JOB_CDD_OVER_6_MONTHS),
                report.count(Indicator.JOB_CREATION),
                report.count(Indicator.JOB_OTHER),
                report.count(Indicator.JOB_NOT_RECORDED));
    }

    /** Positive exits over exits, 0 when there was no exit. */
    public double positiveExitRate() {
        return exits == 0 ? 0 : (double) positiveExits / exits;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "active file %d, exits %d, positive %d (%.1f %%), CDI %d, CDD > 6 months %d, creation %d, other %d,"
                        + " not recorded %d",
                activeFile,
                exits,
                positiveExits,
                100 * positiveExitRate(),
                jobCdi,
                jobCddOver6Months,
                jobCreation,
                jobOther,
                jobNotRecorded);
    }
}
