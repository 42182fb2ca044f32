package fr.plie.core.step;

import io.vavr.control.Option;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A training. The step's dates are the training's start and actual end.
 *
 * @param qualifying leads to a diploma, a registered title (RNCP) or a professional certificate
 * @param certificationCode the RNCP or RS code of the certification, when there is one
 * @param plannedEnd the planned end: long trainings (over 9 months in the national guide) count differently
 * @param resultOn the date the result was known (jury date); none while pending
 */
public record Training(
        boolean qualifying,
        Option<@Size(max = 30) String> certificationCode,
        Option<LocalDate> plannedEnd,
        @NotNull TrainingResult result,
        Option<LocalDate> resultOn)
        implements StepDetail {
    public Training {
        Objects.requireNonNull(certificationCode, "certificationCode");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(resultOn, "resultOn");
    }

    public static Training qualifying(String certificationCode, LocalDate plannedEnd) {
        return new Training(
                true, Option.some(certificationCode), Option.some(plannedEnd), TrainingResult.PENDING, Option.none());
    }

    public static Training nonQualifying(LocalDate plannedEnd) {
        return new Training(false, Option.none(), Option.some(plannedEnd), TrainingResult.PENDING, Option.none());
    }

    public Training withResult(TrainingResult newResult, LocalDate on) {
        return new Training(qualifying, certificationCode, plannedEnd, newResult, Option.some(on));
    }

    @Override
    public StepKind kind() {
        return StepKind.TRAINING;
    }
}
