package fr.plie.server;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.Participant;
import fr.plie.export.ExportSettings;
import fr.plie.export.ReportExporter;
import fr.plie.export.ReportExporters;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.server.config.Policies;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The indicator report of a period, computed by plie-reporting from the pseudonymised repositories (no personal
 * data is read) with this PLIE's options, and written by plie-export's exporters.
 */
@Component
public class Reports {
    /** The formats a report is downloaded in, with their media types and file extensions. */
    public enum Format {
        JSON(MediaType.APPLICATION_JSON, "json"),
        CSV(new MediaType("text", "csv"), "csv"),
        XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx"),
        HTML(MediaType.TEXT_HTML, "html"),
        PDF(MediaType.APPLICATION_PDF, "pdf");

        public final MediaType mediaType;
        public final String extension;

        Format(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        ReportExporter exporter() {
            return switch (this) {
                case CSV -> ReportExporters.csv();
                case XLSX -> ReportExporters.xlsx();
                case HTML -> ReportExporters.html();
                case PDF -> ReportExporters.pdf();
                case JSON -> throw new IllegalStateException("JSON is the indicator-report document");
            };
        }
    }

    private final PlieJdbc plie;
    private final Policies policies;

    public Reports(PlieJdbc plie, Policies policies) {
        this.plie = plie;
        this.policies = policies;
    }

    /**
     * The report of {@code period}, over the parcours that concern it (referred or active in it: a refused or
     * pending referral counts in the first receptions) with their participants, read a page at a time
     * ({@link fr.plie.core.parcours.ReportingSource}), never one participant lookup per parcours.
     */
    public IndicatorReport report(ReportingPeriod period) {
        LocalDate asOf = period.to().isBefore(policies.today()) ? period.to() : policies.today();
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(period, policies.reportingOptions(asOf));
        try (Stream<ParcoursWithParticipant> stream = plie.pseudonymised().streamConcerning(period)) {
            stream.forEach(pair -> pair.participant()
                    .map(Participant::profile)
                    .forEach(profile -> accumulator.add(new ReportedParcours(pair.parcours(), profile))));
        }
        return accumulator.report();
    }

    /** Writes {@code report} as CSV, XLSX, HTML or PDF in the language of {@code locale}. */
    public void write(IndicatorReport report, Format format, Locale locale, OutputStream out) throws IOException {
        format.exporter().write(report, settings(locale), out);
    }

    /** The export settings of {@code locale}: English or French. */
    public static ExportSettings settings(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? ExportSettings.DEFAULT.inEnglish()
                : ExportSettings.DEFAULT;
    }
}
