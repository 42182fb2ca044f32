package fr.plie.adapter.jdbc;

import java.util.List;

/** Text an attacker or an unlucky keyboard may put in any field. */
final class HostileText {
    private HostileText() {}

    static final List<String> SAMPLES = List.of(
            "'; DROP TABLE plie_parcours; --",
            "Robert'); DELETE FROM plie_participant WHERE ('1'='1",
            "\" OR \"1\"=\"1\" --",
            "x' UNION SELECT id, id FROM plie_personal_data --",
            "${prefix}parcours ${flyway:defaultSchema} \\N \\\\ %_ ? :id",
            "emoji 😀👩🏽‍👩🏻‍👧🏾 🇫🇷 𝄞",
            "עברית العربية \u202Eteg\u202C mixed RTL",
            "zero\u200Bwidth\uFEFFbom e\u0301 (NFD) é (NFC)",
            "  leading and trailing spaces  ",
            "tab\tnew\nline\r\ncarriage",
            "<script>alert('x')</script> &amp; \u0007 bell",
            "");

    /** U+0000: H2 and MariaDB store it, PostgreSQL refuses it in text columns. */
    static final String NUL = "before\u0000after";
}
