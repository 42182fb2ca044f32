package fr.plie.server.api;

import fr.plie.adapter.json.JsonError;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.step.StepId;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;

/**
 * Reads a command on a parcours from its JSON body: {@code {"type": "EndStep", "stepId": "S1", "end":
 * "2024-05-31"}}, the fields of the core's {@link ParcoursCommand} records under the same names, dates as
 * {@code YYYY-MM-DD}, codes as the enums' names. A {@code StartStep} carries its {@code step} exactly as a step
 * of the parcours document, read by plie-adapter-json so the step format has one reader. Every missing or
 * invalid field is reported at its JSON Pointer.
 */
final class CommandReader {
    static final List<String> TYPES = List.of(
            "Decide",
            "SignCommitment",
            "AssignReferent",
            "StartStep",
            "EndStep",
            "RecordTrainingResult",
            "RecordInterview",
            "RecordPlacement",
            "ProposeExit",
            "WithdrawExitProposal",
            "ValidateExit");

    private final PlieJson json;
    private final Locale locale;
    private final List<Located> errors = new ArrayList<>();

    private CommandReader(PlieJson json, Locale locale) {
        this.json = json;
        this.locale = locale;
    }

    /** The command of {@code body}, or a 400 problem listing every error. */
    static ParcoursCommand read(PlieJson json, byte[] body, Locale locale) {
        Map<String, Object> root;
        try {
            root = Problems.MAPPER.readValue(body, Map.class) instanceof Map<?, ?> m ? cast(m) : null;
        } catch (JacksonException e) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "command.invalid",
                    List.of(1),
                    List.of(new Located(
                            "json.syntax",
                            "",
                            0,
                            0,
                            Problems.MESSAGES.render("request.unreadable", List.of(), locale))));
        }
        CommandReader reader = new CommandReader(json, locale);
        ParcoursCommand command = root == null ? null : reader.command(root);
        if (command == null || !reader.errors.isEmpty()) {
            if (reader.errors.isEmpty()) {
                reader.error("");
            }
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, "command.invalid", List.of(reader.errors.size()), reader.errors);
        }
        return command;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private ParcoursCommand command(Map<String, Object> o) {
        Object type = o.get("type");
        if (!(type instanceof String t) || !TYPES.contains(t)) {
            errors.add(new Located(
                    "command.type",
                    "/type",
                    0,
                    0,
                    Problems.MESSAGES.render("command.type", List.of(String.join(", ", TYPES)), locale)));
            return null;
        }
        return switch (t) {
            case "Decide" -> decide(object(o, "/decision", "decision"));
            case "SignCommitment" -> {
                LocalDate on = date(o, "", "signedOn");
                List<String> objectives = texts(o, "", "objectives");
                yield on == null ? null : new ParcoursCommand.SignCommitment(new CommitmentContract(on, objectives));
            }
            case "AssignReferent" -> {
                String referent = text(o, "", "referent");
                LocalDate from = date(o, "", "from");
                yield referent == null || from == null
                        ? null
                        : new ParcoursCommand.AssignReferent(ReferentId.of(referent), from);
            }
            case "StartStep" -> startStep(object(o, "/step", "step"));
            case "EndStep" -> {
                String step = text(o, "", "stepId");
                LocalDate end = date(o, "", "end");
                yield step == null || end == null ? null : new ParcoursCommand.EndStep(StepId.of(step), end);
            }
            case "RecordTrainingResult" -> {
                String step = text(o, "", "stepId");
                TrainingResult result = code(o, "", "result", TrainingResult::valueOf);
                LocalDate on = date(o, "", "on");
                yield step == null || result == null || on == null
                        ? null
                        : new ParcoursCommand.RecordTrainingResult(StepId.of(step), result, on);
            }
            case "RecordInterview" -> {
                LocalDate date = date(o, "", "date");
                InterviewMode mode = code(o, "", "mode", InterviewMode::valueOf);
                String synthesis = text(o, "", "synthesis");
                String author = text(o, "", "author");
                yield date == null || mode == null || synthesis == null || author == null
                        ? null
                        : new ParcoursCommand.RecordInterview(
                                new Interview(date, mode, synthesis, ReferentId.of(author)));
            }
            case "RecordPlacement" -> {
                String offer = text(o, "", "offerReference");
                LocalDate date = date(o, "", "date");
                PlacementResult result = code(o, "", "result", PlacementResult::valueOf);
                Option<String> reasons = Option.of(o.get("reasons") instanceof String s ? s : null);
                yield offer == null || date == null || result == null
                        ? null
                        : new ParcoursCommand.RecordPlacement(new JobOfferPlacement(offer, date, result, reasons));
            }
            case "ProposeExit" -> {
                LocalDate date = date(o, "", "date");
                ExitCategory category = code(o, "", "category", ExitCategory::valueOf);
                List<Evidence> evidence = evidence(o);
                yield date == null || category == null || evidence == null
                        ? null
                        : new ParcoursCommand.ProposeExit(date, category, evidence);
            }
            case "WithdrawExitProposal" -> {
                LocalDate date = date(o, "", "date");
                String reason = text(o, "", "reason");
                yield date == null || reason == null ? null : new ParcoursCommand.WithdrawExitProposal(date, reason);
            }
            case "ValidateExit" -> {
                LocalDate date = date(o, "", "date");
                String committee = text(o, "", "committee");
                yield date == null || committee == null
                        ? null
                        : new ParcoursCommand.ValidateExit(new ExitValidation(date, committee));
            }
            default -> null;
        };
    }

    private ParcoursCommand decide(Map<String, Object> d) {
        if (d == null) {
            return null;
        }
        String type = text(d, "/decision", "type");
        LocalDate date = date(d, "/decision", "date");
        if (type == null || date == null) {
            return null;
        }
        CommitteeDecision decision = switch (type) {
            case "ADMITTED" -> new CommitteeDecision.Admitted(date);
            case "REFUSED" -> {
                String reason = text(d, "/decision", "reason");
                String alternative = text(d, "/decision", "alternativeProposed");
                yield reason == null || alternative == null
                        ? null
                        : new CommitteeDecision.Refused(date, reason, alternative);
            }
            case "POSTPONED" -> {
                String reason = text(d, "/decision", "reason");
                LocalDate review = d.get("reviewOn") == null ? null : date(d, "/decision", "reviewOn");
                yield reason == null ? null : new CommitteeDecision.Postponed(date, reason, Option.of(review));
            }
            default -> {
                error("/decision/type");
                yield null;
            }
        };
        return decision == null ? null : new ParcoursCommand.Decide(decision);
    }

    /** The step read as the only step of a parcours document, its errors moved from {@code /steps/0} to {@code /step}. */
    private ParcoursCommand startStep(Map<String, Object> step) {
        if (step == null) {
            return null;
        }
        Map<String, Object> carrier = new java.util.LinkedHashMap<>();
        carrier.put("formatVersion", "1");
        carrier.put("id", "STEP-CARRIER");
        carrier.put("participantId", "STEP-CARRIER");
        carrier.put("version", 1);
        carrier.put("status", "ACTIVE");
        carrier.put(
                "referral",
                Map.of("prescriberKind", "SELF_REFERRAL", "prescriberOrganisation", "-", "date", "2000-01-01"));
        // an entered parcours (admitted, commitment signed) as the lifecycle could have produced it
        carrier.put("decisions", List.of(Map.of("type", "ADMITTED", "date", "2000-01-01")));
        carrier.put("commitment", Map.of("signedOn", "2000-01-01"));
        carrier.put("steps", List.of(step));
        ReadResult<ParcoursDocument> read =
                json.read(fr.plie.adapter.json.PlieDocument.PARCOURS, Problems.MAPPER.writeValueAsBytes(carrier));
        for (JsonError e : read.errors()) {
            String pointer =
                    e.pointer().startsWith("/steps/0") ? "/step" + e.pointer().substring(8) : "/step";
            errors.add(new Located(e.code().code(), pointer, 0, 0, e.message(locale)));
        }
        return read.value()
                .map(d -> (ParcoursCommand)
                        new ParcoursCommand.StartStep(d.parcours().steps().get(0)))
                .getOrNull();
    }

    private List<Evidence> evidence(Map<String, Object> o) {
        Object list = o.get("evidence");
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> items)) {
            error("/evidence");
            return null;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "/evidence/" + i;
            if (!(items.get(i) instanceof Map<?, ?> m)) {
                error(at);
                continue;
            }
            Map<String, Object> e = cast(m);
            EvidenceKind kind = code(e, at, "kind", EvidenceKind::valueOf);
            LocalDate issued = date(e, at, "issuedOn");
            String reference = text(e, at, "reference");
            if (kind != null && issued != null && reference != null) {
                evidence.add(new Evidence(kind, issued, reference));
            }
        }
        return evidence;
    }

    private Map<String, Object> object(Map<String, Object> o, String pointer, String field) {
        if (o.get(field) instanceof Map<?, ?> m) {
            return cast(m);
        }
        error(pointer);
        return null;
    }

    private String text(Map<String, Object> o, String at, String field) {
        if (o.get(field) instanceof String s && !s.isBlank()) {
            return s;
        }
        error(at + "/" + field);
        return null;
    }

    private List<String> texts(Map<String, Object> o, String at, String field) {
        Object v = o.get(field);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
            return l.stream().map(String.class::cast).toList();
        }
        error(at + "/" + field);
        return List.of();
    }

    private LocalDate date(Map<String, Object> o, String at, String field) {
        if (o.get(field) instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(at + "/" + field);
        return null;
    }

    private <E extends Enum<E>> E code(Map<String, Object> o, String at, String field, Function<String, E> parse) {
        if (o.get(field) instanceof String s) {
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        error(at + "/" + field);
        return null;
    }

    private void error(String pointer) {
        errors.add(new Located(
                "command.field", pointer, 0, 0, Problems.MESSAGES.render("command.field", List.of(), locale)));
    }
}
