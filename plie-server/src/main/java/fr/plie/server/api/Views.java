package fr.plie.server.api;

import fr.plie.rules.alert.Alert;
import fr.plie.server.Caseload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of what has no document in the exchange format: list rows, pages and alerts. */
final class Views {
    private Views() {}

    static Map<String, Object> row(Caseload.Row row) {
        var p = row.parcours();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("participantId", p.participant().value());
        m.put("status", p.status().name());
        m.put("version", p.version());
        row.referent().forEach(r -> m.put("referent", r));
        m.put("referralDate", p.referral().date().toString());
        p.entryDate().forEach(d -> m.put("entryDate", d.toString()));
        p.exitDate().forEach(d -> m.put("exitDate", d.toString()));
        m.put(
                "alerts",
                row.alerts().stream().map(a -> a.kind().name()).distinct().toList());
        return m;
    }

    static <T> Map<String, Object> page(Caseload.Page<T> page, List<?> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("page", page.page());
        m.put("size", page.size());
        m.put("totalItems", page.totalItems());
        m.put("totalPages", page.totalPages());
        return m;
    }

    static Map<String, Object> alert(Alert a, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().name());
        m.put("severity", a.severity().name());
        a.parcours().forEach(p -> m.put("parcoursId", p.value()));
        a.step().forEach(s -> m.put("stepId", s.value()));
        a.referent().forEach(r -> m.put("referent", r.value()));
        m.put("from", a.from().toString());
        a.to().forEach(d -> m.put("to", d.toString()));
        m.put("code", a.code());
        m.put("message", a.message(locale));
        return m;
    }
}
