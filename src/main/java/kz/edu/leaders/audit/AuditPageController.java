package kz.edu.leaders.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.application.Application;
import kz.edu.leaders.reserve.ReserveMembershipRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditor's page: the journey's diagram with the path the candidate took (green) and where they
 * are now (orange), and below it the trail told as a story ({@link TrailStory}), the certificate linked. Server-rendered; the viewer comes from a webjar.
 */
@Controller
public class AuditPageController {

  private final AuditService audit;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ObjectMapper json;
  private final TrailStory story;
  private final ReserveMembershipRepository memberships;
  private final String bpmnJsVersion;
  private final Template page;

  public AuditPageController(AuditService audit, HistoryService history, RepositoryService repository,
      ObjectMapper json, TrailStory story, ReserveMembershipRepository memberships,
      @Value("${bpmn-js.version:8.0.0}") String bpmnJsVersion) {
    this.story = story;
    this.memberships = memberships;
    this.audit = audit;
    this.history = history;
    this.repository = repository;
    this.json = json;
    this.bpmnJsVersion = bpmnJsVersion;
    try (InputStream in = new ClassPathResource("audit/trail.mustache").getInputStream()) {
      // a trail event leaves out what does not apply to it (no activity for a mail): shown empty
      this.page = Mustache.compiler().escapeHTML(true).defaultValue("").compile(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping(path = "/audit/applications/{number}", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String trailPage(@PathVariable String number, Authentication auditor) throws JsonProcessingException {
    AuditService.Trail trail = audit.trail(number, auditor.getName(), AuditAccess.Action.PAGE);
    Application application = trail.application();
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(application.getProcessInstanceId()).listPage(0, AuditTrail.PAGE);
    Map<String, Object> model = new HashMap<>();
    model.put("applicationNumber", application.getApplicationNumber());
    model.put("region", application.getRegion().bilingualName());
    model.put("cohortYear", application.getCohortYear());
    model.put("status", application.getStatus());
    model.put("iin", application.getMaskedIin());
    model.put("bpmnJsVersion", bpmnJsVersion);
    model.put("parts", story.of(trail.events()));
    memberships.findByApplicationId(application.getId())
        .ifPresent(membership -> model.put("certificate", membership.getCertificateNumber()));
    model.put("diagramXml", diagramOf(application));
    // JSON arrays of BPMN ids for the page's script (data attributes: no inline script under the CSP)
    model.put("visitedJson", json.writeValueAsString(activities.stream().filter(a -> a.getEndTime() != null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList()));
    model.put("currentJson", json.writeValueAsString(activities.stream().filter(a -> a.getEndTime() == null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList()));
    return page.execute(model);
  }

  private String diagramOf(Application application) {
    String definitionId = history.createHistoricProcessInstanceQuery()
        .processInstanceId(application.getProcessInstanceId()).singleResult().getProcessDefinitionId();
    try (InputStream model = repository.getProcessModel(definitionId)) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
