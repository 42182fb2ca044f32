package fr.plie.adapter.json;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import io.vavr.control.Option;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;

/** The exit of a parcours: date, category, the evidence attesting the situation, the committee's validation. */
final class ExitCodec {
    private enum ExitKey {
        date,
        category,
        evidence,
        validation
    }

    private static final Fields<ExitKey> EXIT = Fields.of(ExitKey.class, ExitKey.date, ExitKey.category);

    private enum EvidenceKey {
        kind,
        issuedOn,
        reference
    }

    private static final Fields<EvidenceKey> EVIDENCE = Fields.all(EvidenceKey.class);

    private enum ValidationKey {
        date,
        committee
    }

    private static final Fields<ValidationKey> VALIDATION = Fields.all(ValidationKey.class);

    private ExitCodec() {}

    static Exit read(Cursor c) {
        Values<ExitKey> v = c.nullable(n -> n.object(EXIT, (x, k) -> switch (k) {
            case date -> x.date();
            case category -> x.enumValue(ExitCategory.class);
            case evidence -> x.list("object", ExitCodec::evidence);
            case validation -> x.nullable(ExitCodec::validation);
        }));
        if (v == null) {
            return null;
        }
        LocalDate date = v.get(ExitKey.date);
        Option<ExitValidation> validation = v.option(ExitKey.validation);
        if (!c.inOrder(date, validation.map(ExitValidation::date).getOrNull(), "validation/date", "date")) {
            return null;
        }
        return new Exit(date, v.get(ExitKey.category), v.list(ExitKey.evidence), validation);
    }

    private static Evidence evidence(Cursor c) {
        Values<EvidenceKey> v = c.object(EVIDENCE, (x, k) -> switch (k) {
            case kind -> x.enumValue(EvidenceKind.class);
            case issuedOn -> x.date();
            case reference -> x.text(200);
        });
        return v == null
                ? null
                : new Evidence(v.get(EvidenceKey.kind), v.get(EvidenceKey.issuedOn), v.get(EvidenceKey.reference));
    }

    private static ExitValidation validation(Cursor c) {
        Values<ValidationKey> v = c.object(VALIDATION, (x, k) -> k == ValidationKey.date ? x.date() : x.text(200));
        return v == null ? null : new ExitValidation(v.get(ValidationKey.date), v.get(ValidationKey.committee));
    }

    /** The fields of the exit object. */
    static void write(JsonGenerator g, Exit e) {
        Out.date(g, ExitKey.date, e.date());
        Out.code(g, ExitKey.category, e.category());
        Out.objects(g, ExitKey.evidence, e.evidence(), (gen, ev) -> {
            Out.code(gen, EvidenceKey.kind, ev.kind());
            Out.date(gen, EvidenceKey.issuedOn, ev.issuedOn());
            gen.writeStringProperty(EvidenceKey.reference.name(), ev.reference());
        });
        e.validation()
                .forEach(validation -> Out.object(g, ExitKey.validation, validation, (gen, v) -> {
                    Out.date(gen, ValidationKey.date, v.date());
                    gen.writeStringProperty(ValidationKey.committee.name(), v.committee());
                }));
    }
}
