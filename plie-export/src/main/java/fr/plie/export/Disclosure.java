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

    /**
     * Checks the threshold.
     *
     * @param threshold 0 or 1 for no masking; statistical offices commonly use 5 or 10
     * @throws IllegalArgumentException if {@code threshold} is negative
     */
    public Disclosure {
        if (threshold < 0) {
            throw new IllegalArgumentException("the threshold is 0 or more");
        }
    }

    /**
     * Masks counts from 1 to {@code threshold - 1}.
     *
     * @param threshold the first count shown
     * @return the protection
     * @throws IllegalArgumentException if {@code threshold} is negative
     */
    public static Disclosure maskBelow(int threshold) {
        return new Disclosure(threshold);
    }

    /**
     * Whether {@code count} is masked: from 1 to the threshold excluded.
     *
     * @param count a count
     * @return whether it is masked
     */
    public boolean masks(long count) {
        return count > 0 && count < threshold;
    }

    /**
     * The visible mask, such as {@code < 5}.
     *
     * @return the mask
     */
    public String mask() {
        return "< " + threshold;
    }
}
