package fr.plie.rules.exit;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepId;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The arguments of an {@link ExplanationLine} as the exchange format carries them: each with a type code
 * ({@code DATE}, {@code STEP}, {@code CONTRACT_TYPE}; a list as {@code STEP[]}) and a plain value (text, whole
 * number, decimal, boolean, or a list of them). A program in any language can show the arguments from the codes,
 * and a reader rebuilds the very line that was written, so that its French and English texts come out the same.
 */
public final class ExplanationArgs {
    private static final String LIST = "[]";

    /** The kinds of value an explanation cites, with their code in the format. */
    public enum Type {
        /** Text: {@code String}. */
        TEXT(String.class),
        /** A whole number: {@code Long}. */
        INTEGER(Long.class),
        /** A decimal number: {@code BigDecimal}. */
        DECIMAL(BigDecimal.class),
        /** {@code true} or {@code false}. */
        BOOLEAN(Boolean.class),
        /** ISO-8601, {@code 2024-01-31}. */
        DATE(LocalDate.class),
        /** ISO-8601, {@code P6M1D}. */
        PERIOD(Period.class),
        /** A step's id. */
        STEP(StepId.class),
        /** A {@link ContractType}'s name. */
        CONTRACT_TYPE(ContractType.class),
        /** A {@link TrainingResult}'s name. */
        TRAINING_RESULT(TrainingResult.class),
        /** An {@link EvidenceKind}'s name. */
        EVIDENCE_KIND(EvidenceKind.class),
        /** An {@link ExitOutcome}'s name. */
        EXIT_OUTCOME(ExitOutcome.class),
        /** A {@link Boundary}'s name. */
        BOUNDARY(Boundary.class),
        /** An {@link AwaitedFact.Fact}'s name. */
        AWAITED_FACT(AwaitedFact.Fact.class);

        private final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The plain value the format writes for {@code arg}, an argument of this type. */
        Object toPlain(Object arg) {
            if (arg instanceof Enum<?> e) {
                return e.name();
            }
            return switch (this) {
                case TEXT, INTEGER, DECIMAL, BOOLEAN -> arg;
                case STEP -> ((StepId) arg).value();
                default -> arg.toString();
            };
        }

        /** The argument a plain value stands for, or null when it does not fit this type. */
        Object fromPlain(Object plain) {
            try {
                return switch (this) {
                    // a decimal without decimal places, 35 hours, is written as a JSON integer
                    case DECIMAL ->
                        plain instanceof Long l ? BigDecimal.valueOf(l) : javaType.isInstance(plain) ? plain : null;
                    case TEXT, INTEGER, BOOLEAN -> javaType.isInstance(plain) ? plain : null;
                    case DATE -> plain instanceof String s ? LocalDate.parse(s) : null;
                    case PERIOD -> plain instanceof String s ? Period.parse(s) : null;
                    case STEP -> plain instanceof String s ? new StepId(s) : null;
                    default -> plain instanceof String s ? enumValue(s) : null;
                };
            } catch (RuntimeException e) {
                return null; // a date, period or step id that does not parse
            }
        }

        private Object enumValue(String name) {
            for (Object constant : javaType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            return null;
        }

        private static Type of(Object arg) {
            for (Type type : values()) {
                if (type.javaType.isInstance(arg)) {
                    return type;
                }
            }
            throw new IllegalArgumentException(
                    "an explanation cannot cite a " + arg.getClass().getSimpleName() + ": it has no type code");
        }

        private static Type ofCode(String code) {
            for (Type type : values()) {
                if (type.name().equals(code)) {
                    return type;
                }
            }
            return null;
        }
    }

    private ExplanationArgs() {}

    /**
     * The arguments in their one canonical form, so that a line read back equals the line written: whole numbers
     * as {@code Long}, collections as lists in their iteration order. Refuses a value with no type code.
     */
    static List<Object> canonical(List<?> args) {
        List<Object> out = new ArrayList<>(args.size());
        for (Object arg : args) {
            if (arg instanceof Collection<?> values) {
                List<Object> elements = new ArrayList<>(values.size());
                for (Object value : values) {
                    elements.add(scalar(value));
                }
                if (elements.stream().map(Type::of).distinct().count() > 1) {
                    throw new IllegalArgumentException("an explanation cannot cite a list of values of mixed types");
                }
                out.add(Collections.unmodifiableList(elements));
            } else {
                out.add(scalar(arg));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Object scalar(Object arg) {
        Object value = arg instanceof Integer || arg instanceof Short || arg instanceof Byte
                ? Long.valueOf(((Number) arg).longValue())
                : arg instanceof BigInteger i ? new BigDecimal(i) : arg;
        Type.of(value);
        return value;
    }

    /**
     * The type code of each argument of {@code line}; a list has its elements' code followed by {@code []}.
     *
     * @param line the line
     * @return the type codes, in the order of the arguments
     */
    public static List<String> types(ExplanationLine line) {
        List<String> codes = new ArrayList<>(line.args().size());
        for (Object arg : line.args()) {
            if (arg instanceof List<?> values) {
                codes.add((values.isEmpty() ? Type.TEXT : Type.of(values.get(0))).name() + LIST);
            } else {
                codes.add(Type.of(arg).name());
            }
        }
        return codes;
    }

    /**
     * The plain value of each argument of {@code line}: String, Long, BigDecimal, Boolean, or a list of them.
     *
     * @param line the line
     * @return the plain values, in the order of the arguments
     */
    public static List<Object> plainValues(ExplanationLine line) {
        List<Object> plain = new ArrayList<>(line.args().size());
        for (Object arg : line.args()) {
            if (arg instanceof List<?> values) {
                plain.add(values.stream().map(v -> Type.of(v).toPlain(v)).toList());
            } else {
                plain.add(Type.of(arg).toPlain(arg));
            }
        }
        return plain;
    }

    /**
     * The line of {@code key} with the arguments the plain values stand for, as read from the exchange format; on
     * the left, the index of the first argument whose type code is unknown or whose value does not fit it (the
     * length of the shorter list when the two lists differ in length).
     *
     * @param key the line's key
     * @param types the arguments' type codes
     * @param plainValues the arguments' plain values
     * @return the line, or the index of the first argument that cannot be read
     */
    public static Either<Integer, ExplanationLine> line(String key, List<String> types, List<?> plainValues) {
        if (types.size() != plainValues.size()) {
            return Either.left(Math.min(types.size(), plainValues.size()));
        }
        List<Object> args = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            Object arg = arg(types.get(i), plainValues.get(i));
            if (arg == null) {
                return Either.left(i);
            }
            args.add(arg);
        }
        return Either.right(new ExplanationLine(key, args));
    }

    /**
     * Whether {@code code} is one of the format's type codes, {@code DATE} or {@code STEP[]} for instance.
     *
     * @param code the text to check
     * @return whether it is a type code
     */
    public static boolean isTypeCode(String code) {
        return elementType(code) != null;
    }

    /** The type of the values a code stands for (a list's elements for {@code STEP[]}); null for no type code. */
    private static Type elementType(String code) {
        return Type.ofCode(code.endsWith(LIST) ? code.substring(0, code.length() - LIST.length()) : code);
    }

    private static Object arg(String code, Object plain) {
        boolean list = code.endsWith(LIST);
        Type type = elementType(code);
        if (type == null || list != plain instanceof List) {
            return null;
        }
        if (!list) {
            return type.fromPlain(plain);
        }
        List<Object> elements = new ArrayList<>();
        for (Object element : (List<?>) plain) {
            Object value = type.fromPlain(element);
            if (value == null) {
                return null;
            }
            elements.add(value);
        }
        return elements;
    }
}
