package fr.plie.adapter.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One query that reads whole parcours: a UNION ALL of the root table and every child table, mapped onto shared
 * slots and ordered by parcours, so that one cursor (the only kind MariaDB streams) yields parcours one after
 * the other. Row layout: parcours_id, record kind, owner position, position (in its list), then {@value #TEXTS} texts,
 * {@value #DATES} dates, one number and two booleans.
 */
final class ParcoursQuery {
    static final int ROOT = 0;
    static final int DECISION = 1;
    static final int REFERENT = 2;
    static final int STEP = 3;
    static final int TEXT = 4;
    static final int INTERVIEW = 5;
    static final int PLACEMENT = 6;
    static final int EVIDENCE = 7;
    /** The number of child tables, each read by one branch of {@link #childrenBetween()}. */
    static final int CHILD_TABLES = 7;

    static final int TEXTS = 14;
    static final int DATES = 7;
    /** Column index of the first text slot; dates, number and booleans follow. */
    static final int FIRST_TEXT = 5;

    static final int FIRST_DATE = FIRST_TEXT + TEXTS;
    static final int NUMBER = FIRST_DATE + DATES;
    static final int FIRST_BOOLEAN = NUMBER + 1;

    /** How the branches of a query are filtered and laid out. */
    private enum Shape {
        /** Child branches filtered on their own table {@code c}, every row in the shared layout. */
        RANGE,
        /** Every branch filtered on the root table {@code p}, every row in the shared layout. */
        JOINED,
        /** As {@link #JOINED}, child rows holding their own columns only ({@link #sortedLayout()}). */
        SORTED
    }

    private final Dialect dialect;
    private final Tables t;
    private final boolean pseudonymised;
    /** Per row kind, the column of its first date and first boolean in {@link Shape#SORTED} rows. */
    private final int[] sortedFirstDate = new int[CHILD_TABLES + 1];

    private final int[] sortedFirstBoolean = new int[CHILD_TABLES + 1];

    ParcoursQuery(Dialect dialect, Tables tables, boolean pseudonymised) {
        this.dialect = dialect;
        this.t = tables;
        this.pseudonymised = pseudonymised;
        Arrays.fill(sortedFirstDate, FIRST_DATE);
        Arrays.fill(sortedFirstBoolean, FIRST_BOOLEAN);
        branches("1 = 1", Shape.SORTED); // records where each kind's dates and booleans fall
    }

    /**
     * Where the dates and booleans of each kind of row of {@link #sortedChildren} are: right after the kind's own
     * texts and dates, no padding slot in between (the root rows keep the shared layout).
     */
    Layout sortedLayout() {
        return new Layout(sortedFirstDate.clone(), sortedFirstBoolean.clone());
    }

    /** The columns of a row's first date and first boolean, by row kind ({@link #ROOT} to {@link #EVIDENCE}). */
    record Layout(int[] firstDate, int[] firstBoolean) {
        /** Every kind in the shared layout ({@link #FIRST_DATE}, {@link #FIRST_BOOLEAN}). */
        static final Layout SHARED = new Layout(filled(FIRST_DATE), filled(FIRST_BOOLEAN));

        private static int[] filled(int column) {
            int[] columns = new int[CHILD_TABLES + 1];
            Arrays.fill(columns, column);
            return columns;
        }
    }

    /**
     * The query for the parcours matching {@code filter}, a condition on the root table aliased {@code p} whose
     * parameters are bound once per branch ({@link #branches()} times).
     */
    String select(String filter) {
        return String.join("\nUNION ALL\n", branches(filter, Shape.JOINED)) + "\nORDER BY 1, 2, 3, 4";
    }

    /**
     * At most {@code limit} root rows matching {@code filter} (bound first) whose id follows the one bound last,
     * in id order: one page of a keyset walk, so no cursor stays open between pages.
     */
    String rootPage(String filter, int limit) {
        return branches("(" + filter + ") AND p.id > ?", Shape.RANGE).get(0) + " ORDER BY p.id "
                + dialect.firstRows(limit);
    }

    /**
     * The child rows of every child table whose parcours id lies between the two ids bound for each table
     * (inclusive, {@link #CHILD_TABLES} pairs), as one {@code UNION ALL} of primary-key range scans: one round trip
     * per page and no sort, since {@link ParcoursAssembler} places each row by its position. Rows of parcours in
     * the range but outside the page are skipped by the reader.
     */
    String childrenBetween() {
        List<String> all = branches("c.parcours_id >= ? AND c.parcours_id <= ?", Shape.RANGE);
        return String.join("\nUNION ALL\n", all.subList(1, all.size()));
    }

    /**
     * The root rows matching {@code filter} (bound once), in parcours id order: the rows a sorted stream walks,
     * which {@link #sortedChildren} follow.
     */
    String sortedRoot(String filter) {
        return branches(filter, Shape.JOINED).get(0) + " ORDER BY p.id";
    }

    /**
     * One query per child table ({@link #CHILD_TABLES}) for its rows of the parcours matching {@code filter} (bound
     * once each), sorted as {@link #sortedRoot}: each table read once, through its primary key or a sort, as a
     * merge join over the period wants it; child rows hold their own columns only ({@link #sortedLayout()}).
     */
    List<String> sortedChildren(String filter) {
        List<String> all = branches(filter, Shape.SORTED);
        List<String> sorted = new ArrayList<>();
        for (String branch : all.subList(1, all.size())) {
            sorted.add(branch + " ORDER BY p.id");
        }
        return sorted;
    }

    /**
     * The root branch then one branch per child table, filtered and laid out as {@code shape} says.
     */
    private List<String> branches(String filter, Shape shape) {
        List<String> branches = new ArrayList<>();
        branches.add(branch(
                ROOT,
                "p.id",
                "0",
                "0",
                t.parcours + " p",
                List.of(
                        "p.participant_id",
                        "p.status",
                        "p.prescriber_kind",
                        "p.prescriber_organisation",
                        "p.exit_category",
                        "p.exit_committee"),
                List.of("p.referral_date", "p.entry_date", "p.exit_proposed_date", "p.exit_validated_on"),
                "p.version",
                List.of(),
                filter));
        branches.add(child(
                DECISION,
                t.decision,
                "0",
                List.of("c.kind", "c.reason", "c.alternative_proposed"),
                List.of("c.decided_on", "c.review_on"),
                List.of(),
                filter,
                shape));
        branches.add(child(
                REFERENT, t.referent, "0", List.of("c.referent_id"), List.of("c.from_date"), List.of(), filter, shape));
        branches.add(child(
                STEP,
                t.step,
                "0",
                List.of(
                        "c.step_id",
                        "c.kind",
                        "c.operator_name",
                        "c.financed_action",
                        "c.barrier_kind",
                        "c.certification_code",
                        "c.training_result",
                        "c.contract_type",
                        "c.employer_name",
                        "c.siret",
                        "c.employer_sector",
                        "c.employer_kind",
                        "c.weekly_hours",
                        "c.reference_weekly_hours"),
                List.of(
                        "c.start_date",
                        "c.end_date",
                        "c.planned_end",
                        "c.result_on",
                        "c.trial_period_end",
                        "c.registered_on",
                        "c.activity_start"),
                List.of("c.qualifying", "c.part_time_chosen", "c.trial_period_end_unknown"),
                filter,
                shape));
        branches.add(child(
                TEXT, t.text, "c.owner_pos", List.of("c.list_kind", "c.item"), List.of(), List.of(), filter, shape));
        branches.add(child(
                INTERVIEW,
                t.interview,
                "0",
                List.of("c.mode", pseudonymised ? dialect.nullText() : "c.synthesis", "c.author"),
                List.of("c.interview_date"),
                List.of(),
                filter,
                shape));
        branches.add(child(
                PLACEMENT,
                t.placement,
                "0",
                List.of("c.offer_reference", "c.result", "c.reasons"),
                List.of("c.placement_date"),
                List.of(),
                filter,
                shape));
        branches.add(child(
                EVIDENCE,
                t.evidence,
                "0",
                List.of("c.kind", "c.reference"),
                List.of("c.issued_on"),
                List.of(),
                filter,
                shape));
        return branches;
    }

    /** How many times the filter's parameters appear in {@link #select(String)}. */
    static int branches() {
        return 8;
    }

    private String child(
            int kind,
            String table,
            String ownerPos,
            List<String> texts,
            List<String> dates,
            List<String> booleans,
            String filter,
            Shape shape) {
        String from =
                shape == Shape.RANGE ? table + " c" : table + " c JOIN " + t.parcours + " p ON p.id = c.parcours_id";
        if (shape == Shape.SORTED) {
            List<String> columns = new ArrayList<>(List.of("c.parcours_id", String.valueOf(kind), ownerPos, "c.pos"));
            columns.addAll(texts);
            sortedFirstDate[kind] = columns.size() + 1;
            columns.addAll(dates);
            sortedFirstBoolean[kind] = columns.size() + 1;
            columns.addAll(booleans);
            return "SELECT " + String.join(", ", columns) + " FROM " + from + " WHERE " + filter;
        }
        return branch(kind, "c.parcours_id", ownerPos, "c.pos", from, texts, dates, null, booleans, filter);
    }

    private String branch(
            int kind,
            String id,
            String ownerPos,
            String pos,
            String from,
            List<String> texts,
            List<String> dates,
            String number,
            List<String> booleans,
            String filter) {
        List<String> columns = new ArrayList<>(List.of(id, String.valueOf(kind), ownerPos, pos));
        pad(columns, texts, TEXTS, dialect.nullText());
        pad(columns, dates, DATES, dialect.nullDate());
        columns.add(number == null ? dialect.nullNumber() : number);
        pad(columns, booleans, 3, dialect.nullBoolean());
        return "SELECT " + String.join(", ", columns) + " FROM " + from + " WHERE " + filter;
    }

    private static void pad(List<String> columns, List<String> values, int size, String nullValue) {
        columns.addAll(values);
        for (int i = values.size(); i < size; i++) {
            columns.add(nullValue);
        }
    }
}
