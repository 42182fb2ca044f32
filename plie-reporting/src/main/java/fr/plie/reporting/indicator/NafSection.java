package fr.plie.reporting.indicator;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 21 sections of INSEE's activity classification (NAF rév. 2, the French version of NACE Rev. 2; the
 * "A 21" aggregation), into which the employers' NAF codes of the employment exits are rolled up: seed 003
 * reads its sectors off this level (commerce G, restauration I, activités administratives N). The coarser A 17
 * and A 10 aggregations were set aside: they merge commerce with transport and catering, which the seed keeps
 * apart. A code is read from its division, its first two digits ({@code 56.10A} and {@code 5610A} are both in
 * section I); anything else recorded stays a free-text sector of its own.
 */
public enum NafSection {
    /** Agriculture, forestry and fishing (divisions 01 to 03). */
    A(1, 3),
    /** Mining and quarrying (05 to 09). */
    B(5, 9),
    /** Manufacturing (10 to 33). */
    C(10, 33),
    /** Electricity, gas, steam and air conditioning supply (35). */
    D(35, 35),
    /** Water supply, sewerage, waste management and remediation (36 to 39). */
    E(36, 39),
    /** Construction (41 to 43). */
    F(41, 43),
    /** Wholesale and retail trade, repair of motor vehicles (45 to 47). */
    G(45, 47),
    /** Transportation and storage (49 to 53). */
    H(49, 53),
    /** Accommodation and food service activities (55 and 56). */
    I(55, 56),
    /** Information and communication (58 to 63). */
    J(58, 63),
    /** Financial and insurance activities (64 to 66). */
    K(64, 66),
    /** Real estate activities (68). */
    L(68, 68),
    /** Professional, scientific and technical activities (69 to 75). */
    M(69, 75),
    /** Administrative and support service activities (77 to 82). */
    N(77, 82),
    /** Public administration and defence, compulsory social security (84). */
    O(84, 84),
    /** Education (85). */
    P(85, 85),
    /** Human health and social work activities (86 to 88). */
    Q(86, 88),
    /** Arts, entertainment and recreation (90 to 93). */
    R(90, 93),
    /** Other service activities (94 to 96). */
    S(94, 96),
    /** Activities of households as employers and for own use (97 and 98). */
    T(97, 98),
    /** Activities of extraterritorial organisations and bodies (99). */
    U(99, 99);

    /** A NAF rév. 2 code: division, then optionally group, class and sub-class ({@code 56}, {@code 56.1}, {@code 56.10A}). */
    private static final Pattern CODE = Pattern.compile("(\\d{2})(?:\\.?\\d{1,2}[A-Z]?)?");

    private final int firstDivision;
    private final int lastDivision;

    NafSection(int firstDivision, int lastDivision) {
        this.firstDivision = firstDivision;
        this.lastDivision = lastDivision;
    }

    /**
     * The section of a recorded sector: a NAF code (spaces and case ignored) or a section letter; none for free
     * text and for codes whose division does not exist (such as {@code 04.00Z}).
     *
     * @param recorded the sector recorded for the employer
     * @return its section, none for a free text
     */
    public static Option<NafSection> of(String recorded) {
        String text = recorded.replace(" ", "").toUpperCase(Locale.ROOT);
        if (text.length() == 1 && text.charAt(0) >= 'A' && text.charAt(0) <= 'U') {
            return Option.some(valueOf(text));
        }
        Matcher code = CODE.matcher(text);
        if (!code.matches()) {
            return Option.none();
        }
        int division = Integer.parseInt(code.group(1));
        for (NafSection section : values()) {
            if (division >= section.firstDivision && division <= section.lastDivision) {
                return Option.some(section);
            }
        }
        return Option.none();
    }

    /**
     * The group a recorded sector is counted in: its section's letter for a NAF code, the text itself (trimmed)
     * otherwise, {@link BreakdownRow#UNKNOWN} when nothing was recorded.
     */
    static String groupOf(Option<String> recorded) {
        String text = recorded.map(String::strip).filter(s -> !s.isEmpty()).getOrNull();
        if (text == null) {
            return BreakdownRow.UNKNOWN;
        }
        NafSection section = of(text).getOrNull();
        return section != null ? section.name() : text;
    }
}
