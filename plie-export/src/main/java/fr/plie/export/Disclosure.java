package fr.plie.export;

/**
 * Small-count protection for reports meant for publication: counts from 1 to {@code threshold - 1} are
 * masked, and so are rates computed from them, so nobody can be singled out; the mask shows as
 * {@code < threshold}. Zero is shown: it reveals nobody.
 *
 * @param threshold 0 or 1 for no masking; statistical offices commonly use 5 or 10
 */
public record Disclosure(int threshold) {
    /** Internal reports: every figure shown. */
    public static final Disclosure NONE = new Disclosure(0);

    public Disclosure {
        if (threshold < 0) {
            throw new IllegalArgumentException("the threshold is 0 or more");
        }
    }

    /** Masks counts from 1 to {@code threshold - 1}. */
    public static Disclosure maskBelow(int threshold) {
        return new Disclosure(threshold);
    }

    public boolean masks(long count) {
        return count > 0 && count < threshold;
    }

    /** The visible mask, such as {@code < 5}. */
    public String mask() {
        return "< " + threshold;
    }
}
