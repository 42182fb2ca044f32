package fr.plie.server.api;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.server.config.Policies;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1/policies}: the PLIE's exit and eligibility policies as v1 documents, the presets a request may
 * name instead ({@code ?policy=}), and its schedule: the protocol and its targets.
 */
@RestController
class PolicyController {
    private final Policies policies;
    private final PlieJson json;

    PolicyController(Policies policies, PlieJson json) {
        this.policies = policies;
        this.json = json;
    }

    @GetMapping(path = "/v1/policies", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> policies() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exitPolicy", tree(json.writeAsString(PlieDocument.EXIT_POLICY, policies.exitPolicy())));
        m.put(
                "eligibilityPolicy",
                tree(json.writeAsString(PlieDocument.ELIGIBILITY_POLICY, policies.eligibilityPolicy())));
        m.put("exitPresets", Policies.exitPresetNames());
        m.put(
                "eligibilityPresets",
                Policies.ELIGIBILITY_PRESETS.keySet().stream().toList());
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("asOf", policies.today().toString());
        policies.protocol()
                .forEach(p -> schedule.put("protocol", Map.of("from", p.from().toString(), "to", p.to().toString())));
        var targets = policies.targets();
        Map<String, Object> t = new LinkedHashMap<>();
        targets.positiveExitRate().forEach(v -> t.put("positiveExitRate", v));
        targets.employmentExitRate().forEach(v -> t.put("employmentExitRate", v));
        targets.trainingExitRate().forEach(v -> t.put("trainingExitRate", v));
        targets.protocolParticipants().forEach(v -> t.put("protocolParticipants", v));
        targets.firstReceptions().forEach(v -> t.put("firstReceptions", v));
        t.put("capacityPerFte", targets.capacityPerFte());
        schedule.put("targets", t);
        m.put("schedule", schedule);
        return m;
    }

    private static JsonNode tree(String document) {
        return Problems.MAPPER.readTree(document);
    }
}
