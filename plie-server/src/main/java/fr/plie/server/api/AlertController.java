package fr.plie.server.api;

import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.server.Caseload;
import fr.plie.server.config.Policies;
import fr.plie.server.security.Caller;
import io.vavr.control.Option;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/alerts}: the alerts of the parcours the caller follows (and caseloads, for coordinators). */
@RestController
class AlertController {
    private final Caseload caseload;
    private final Policies policies;

    AlertController(Caseload caseload, Policies policies) {
        this.caseload = caseload;
        this.policies = policies;
    }

    @GetMapping(path = "/v1/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> alerts(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request,
            Authentication authentication) {
        Params.page(page, size);
        Option<AlertKind> wanted = Option.of(kind).map(k -> Params.code("kind", k, AlertKind.class));
        Caseload.Page<Alert> p = caseload.alerts(
                Caller.of(authentication), Params.date("asOf", asOf, policies.today()), wanted, page, size);
        Locale locale = Language.of(request);
        return Views.page(p, p.items().stream().map(a -> Views.alert(a, locale)).toList());
    }
}
