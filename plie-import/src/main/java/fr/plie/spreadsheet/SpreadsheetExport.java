package fr.plie.spreadsheet;

import static fr.plie.spreadsheet.Field.*;

import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Participants and parcours written as a spreadsheet with a {@link ColumnMapping}'s columns, the file {@link
 * SpreadsheetImport} reads back with the same mapping: one row per step, interview or placement (the first row of a
 * parcours holds its participant's and its own fields, the following rows its identifier only), codes translated
 * back into the source's (the smallest source code when several translate into one constant), dates in the
 * mapping's pattern, every text cell through {@link FormulaGuard}. CSV in the mapping's encoding and delimiter, or
 * XLSX written as a stream (a window of rows in memory).
 *
 * <p>A spreadsheet holds what its columns hold: {@link Sheet#write} says whether a parcours reads back identical to
 * what was written (its version aside, which counts the commands that built it), by reading the rows it wrote, so a
 * caller knows which parcours lose a detail the columns do not carry (a refusal, a referent, an exit's evidence, a
 * training's result...). The NDJSON export carries everything.
 */
public final class SpreadsheetExport {
    private final ColumnMapping mapping;
    /** For each coded column, plie's constant back to the source's code. */
    private final Map<Field, Map<String, String>> back = new EnumMap<>(Field.class);

    private SpreadsheetExport(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        for (ColumnMapping.Column c : mapping.columns()) {
            Map<String, String> codes = new TreeMap<>();
            // the smallest source code of each constant, whatever the order of the mapping's file
            new TreeMap<>(c.codes()).forEach((source, plie) -> codes.putIfAbsent(plie, source));
            back.put(c.field(), codes);
        }
    }

    /**
     * An export with {@code mapping}'s columns, codes and date pattern.
     *
     * @param mapping the mapping the import will read the file with
     * @return the export
     */
    public static SpreadsheetExport of(ColumnMapping mapping) {
        return new SpreadsheetExport(mapping);
    }

    /** A spreadsheet being written: {@link #write} one parcours after another, then {@link #close}. */
    public interface Sheet extends Closeable {
        /**
         * Writes the rows of {@code parcours} and its participant, and says whether they read back identical (the
         * version aside).
         *
         * @param participant the parcours' participant
         * @param parcours the parcours
         * @return whether the rows read back into the same participant and parcours
         * @throws IOException when the output cannot be written
         */
        boolean write(Participant participant, Parcours parcours) throws IOException;
    }

    /**
     * A CSV in the mapping's encoding and delimiter on {@code out}, closed with the sheet.
     *
     * @param out where the file goes
     * @return the sheet, its header written
     * @throws IOException when the header cannot be written
     */
    public Sheet csv(OutputStream out) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(out, mapping.encoding()),
                CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).get());
        printer.printRecord(headerCells());
        return new Sheet() {
            @Override
            public boolean write(Participant participant, Parcours parcours) throws IOException {
                List<List<String>> rows = rows(participant, parcours);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
                return readsBack(rows, participant, parcours);
            }

            @Override
            public void close() throws IOException {
                printer.close();
            }
        };
    }

    /**
     * An XLSX on {@code out} (the mapping's sheet, or {@code Parcours}), every cell a text cell, written as a
     * stream: POI keeps a window of rows in memory and the rest in a temporary file, deleted on close.
     *
     * @param out where the file goes, once the sheet is closed
     * @return the sheet, its header written
     */
    public Sheet xlsx(OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        SXSSFSheet sheet = book.createSheet(mapping.sheet().getOrElse("Parcours"));
        int[] next = {0};
        writeRow(sheet, next[0]++, headerCells());
        return new Sheet() {
            @Override
            public boolean write(Participant participant, Parcours parcours) {
                List<List<String>> rows = rows(participant, parcours);
                for (List<String> cells : rows) {
                    writeRow(sheet, next[0]++, cells);
                }
                return readsBack(rows, participant, parcours);
            }

            @Override
            public void close() throws IOException {
                try (book) {
                    book.write(out);
                }
            }
        };
    }

    private static void writeRow(SXSSFSheet sheet, int number, List<String> cells) {
        var row = sheet.createRow(number);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }

    private List<String> headerCells() {
        return mapping.columns().stream()
                .map(c -> FormulaGuard.neutralise(c.header()))
                .toList();
    }

    /** The rows of one parcours, in the mapping's column order, each cell as written (neutralised). */
    List<List<String>> rows(Participant participant, Parcours parcours) {
        Map<Field, Object> first = parcoursValues(participant, parcours);
        int count = Math.max(
                1,
                Math.max(
                        parcours.steps().size(),
                        Math.max(
                                parcours.interviews().size(),
                                parcours.placements().size())));
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<Field, Object> values = new EnumMap<>(Field.class);
            if (i == 0) {
                values.putAll(first);
            } else {
                values.put(PARCOURS_ID, first.get(PARCOURS_ID));
            }
            if (i < parcours.steps().size()) {
                step(parcours.steps().get(i), values);
            }
            if (i < parcours.interviews().size()) {
                Interview interview = parcours.interviews().get(i);
                values.put(INTERVIEW_DATE, interview.date());
                values.put(INTERVIEW_MODE, interview.mode());
                values.put(INTERVIEW_AUTHOR, interview.author().value());
                values.put(INTERVIEW_SYNTHESIS, interview.synthesis());
            }
            if (i < parcours.placements().size()) {
                JobOfferPlacement placement = parcours.placements().get(i);
                values.put(PLACEMENT_OFFER, placement.offerReference());
                values.put(PLACEMENT_DATE, placement.date());
                values.put(PLACEMENT_RESULT, placement.result());
                placement.reasons().forEach(r -> values.put(PLACEMENT_REASONS, r));
            }
            rows.add(mapping.columns().stream()
                    .map(c -> FormulaGuard.neutralise(cell(c, values.get(c.field()))))
                    .toList());
        }
        return rows;
    }

    private Map<Field, Object> parcoursValues(Participant participant, Parcours parcours) {
        Map<Field, Object> v = new EnumMap<>(Field.class);
        v.put(PARTICIPANT_ID, withoutPrefix(participant.id().value()));
        participant.personalData().forEach((PersonalData d) -> {
            v.put(LAST_NAME, d.lastName());
            v.put(FIRST_NAME, d.firstName());
            d.email().forEach(e -> v.put(EMAIL, e));
            d.phone().forEach(e -> v.put(PHONE, e));
        });
        Profile profile = participant.profile();
        v.put(BIRTH_DATE, profile.birthDate());
        v.put(SEX, profile.sex());
        v.put(RESIDENCE_COMMUNE, profile.residenceCommune().value());
        v.put(PRIORITY_NEIGHBOURHOOD, profile.priorityNeighbourhood());
        v.put(QUALIFICATION_LEVEL, profile.qualificationLevel());
        profile.jobSeekerSince().forEach(d -> v.put(JOB_SEEKER_SINCE, d));
        v.put(RECOGNISED_DISABLED_WORKER, profile.recognisedDisabledWorker());
        v.put(PARCOURS_ID, withoutPrefix(parcours.id().value()));
        v.put(PRESCRIBER_KIND, parcours.referral().prescriberKind());
        v.put(PRESCRIBER, parcours.referral().prescriberOrganisation());
        v.put(REFERRAL_DATE, parcours.referral().date());
        parcours.decisions().stream()
                .filter(d -> d instanceof fr.plie.core.admission.CommitteeDecision.Admitted)
                .findFirst()
                .ifPresent(d -> v.put(ADMISSION_DATE, d.date()));
        parcours.entryDate().forEach(d -> v.put(ENTRY_DATE, d));
        parcours.exit().forEach((Exit exit) -> {
            v.put(EXIT_DATE, exit.date());
            v.put(EXIT_CATEGORY, exit.category());
            exit.validation().forEach(val -> {
                v.put(EXIT_VALIDATION_DATE, val.date());
                v.put(EXIT_COMMITTEE, val.committee());
            });
        });
        return v;
    }

    private static void step(Step step, Map<Field, Object> v) {
        v.put(STEP_ID, step.id().value());
        v.put(STEP_KIND, step.kind());
        v.put(STEP_START, step.start());
        step.end().forEach(d -> v.put(STEP_END, d));
        step.operator().forEach(o -> v.put(STEP_OPERATOR, o));
        StepDetail detail = step.detail();
        if (detail instanceof StepDetail.BarrierAction b) {
            v.put(STEP_BARRIER, b.barrier());
        } else if (detail instanceof Immersion i) {
            v.put(STEP_EMPLOYER, i.host().name());
            v.put(STEP_EMPLOYER_KIND, i.host().kind());
        } else if (detail instanceof Employment e) {
            v.put(STEP_EMPLOYER, e.employer().name());
            v.put(STEP_EMPLOYER_KIND, e.employer().kind());
            v.put(STEP_CONTRACT, e.contractType());
            v.put(STEP_WEEKLY_HOURS, e.weeklyHours());
        }
    }

    /** The source's identifier: plie's without the mapping's prefix (kept whole when it lacks the prefix). */
    private String withoutPrefix(String id) {
        return id.startsWith(mapping.idPrefix())
                ? id.substring(mapping.idPrefix().length())
                : id;
    }

    /** A value as the column writes it; a constant the mapping has no source code for is written as plie's. */
    private String cell(ColumnMapping.Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return mapping.dates().format(d);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Boolean b) {
            return back.get(column.field()).getOrDefault(b.toString(), b ? "oui" : "non");
        }
        if (value instanceof Enum<?> e) {
            Map<String, String> codes = back.get(column.field());
            return column.codes().isEmpty() ? e.name() : codes.getOrDefault(e.name(), e.name());
        }
        return value.toString();
    }

    /** Whether {@code rows}, read with the mapping, give back {@code participant} and {@code parcours}. */
    private boolean readsBack(List<List<String>> rows, Participant participant, Parcours parcours) {
        ParcoursRows read = new ParcoursRows(mapping, Header.of(mapping), "", "");
        for (int i = 0; i < rows.size(); i++) {
            read.add(i + 2L, rows.get(i));
        }
        return read.build()
                .map(back -> back.participant().equals(participant)
                        && versionless(back.parcours()).equals(versionless(parcours)))
                .getOrElse(false);
    }

    /** {@code p} at version 0: what two parcours built by different sequences of commands compare on. */
    static Parcours versionless(Parcours p) {
        return p.withVersion(0);
    }
}
