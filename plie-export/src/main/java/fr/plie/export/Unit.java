package fr.plie.export;

/** What an exported value measures; rates are fractions (0.5 is 50 %) in XLSX, percents in CSV and HTML. */
public enum Unit {
    COUNT,
    PERCENT,
    DAYS,
    RATIO,
    /** A note without a value. */
    TEXT
}
