package fr.plie.server.api;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.common.Id;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.server.Caseload;
import fr.plie.server.security.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants: the participant document (with personal data, to those who follow them), and GDPR erasure of
 * the personal data by an admin, recorded in the audit trail; the pseudonymous profile stays, so the
 * indicators do not change.
 */
@RestController
@RequestMapping("/v1/participants")
class ParticipantController {
    private final PlieJson json;
    private final PlieJdbc plie;
    private final Caseload caseload;

    ParticipantController(PlieJson json, PlieJdbc plie, Caseload caseload) {
        this.json = json;
        this.plie = plie;
        this.caseload = caseload;
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    void get(@PathVariable String id, HttpServletResponse response, Authentication authentication) throws IOException {
        Participant participant = caseload.participant(Caller.of(authentication), participantId(id))
                .getOrElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "participant.not-found", id));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.write(PlieDocument.PARTICIPANT, participant, response.getOutputStream());
    }

    @DeleteMapping("/{id}/personal-data")
    ResponseEntity<Void> erase(@PathVariable String id, Authentication authentication) {
        boolean erased = plie.repositories(Caller.of(authentication).name())
                .participants()
                .erasePersonalData(participantId(id));
        if (!erased) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "participant.not-found", id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ParticipantId participantId(String id) {
        if (!Id.isValid(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "participant.not-found", "?");
        }
        return ParticipantId.of(id);
    }
}
