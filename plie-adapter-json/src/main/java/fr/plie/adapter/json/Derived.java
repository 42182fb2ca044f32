package fr.plie.adapter.json;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fields a document repeats for its readers although they follow from other fields (a rate from its counts,
 * a load per FTE from the participants and the FTE). The reader does not trust them: it recomputes each from the
 * value it built and refuses one that disagrees ({@code rule.derived}), at the field. A derived field may be left
 * out; one given where nothing can be computed (a rate's value over a denominator of zero) disagrees too.
 *
 * @param <T> the value the fields are recomputed from
 */
final class Derived<T> {
    private record Claim<T>(Cursor.Spot spot, String field, Object given, Function<T, Option<?>> recomputed) {}

    private final List<Claim<T>> claims = new ArrayList<>();

    /** Notes the value just read for {@code field}, unless it is absent or null. */
    void given(Cursor c, String field, Object given, Function<T, Option<?>> recomputed) {
        if (given != null) {
            claims.add(new Claim<>(c.spot(), field, given, recomputed));
        }
    }

    /** Reports every given field that disagrees with {@code value}; whether they all agree. */
    boolean agree(Cursor c, T value) {
        boolean agree = true;
        for (Claim<T> claim : claims) {
            Option<?> expected = claim.recomputed().apply(value);
            if (expected.isEmpty() || !same(claim.given(), expected.get())) {
                c.errorAt(claim.spot(), JsonErrorCode.RULE_DERIVED, claim.field());
                agree = false;
            }
        }
        return agree;
    }

    /** Numbers compare by value: {@code 0.5} states the same rate as {@code 0.500000}. */
    private static boolean same(Object given, Object expected) {
        if (given instanceof BigDecimal g && expected instanceof BigDecimal e) {
            return g.compareTo(e) == 0;
        }
        if (given instanceof Long g && expected instanceof Number e) {
            return g == e.longValue();
        }
        return given.equals(expected);
    }
}
