package kz.edu.leaders.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.InputClause;
import org.camunda.bpm.model.dmn.instance.OutputClause;

/**
 * The house rules for what process owners put in processes/ and forms/ (CONVENTIONS.md), as
 * readable violations: "Task_ScreenDocuments: user task has no formRef".
 */
final class ModelConventions {

  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String PLATFORM = "Camunda Platform";
  static final String PLATFORM_VERSION = "7.24.0";
  /** The highest Camunda Forms schema the 7.24 Tasklist renders. */
  static final int MAX_FORM_SCHEMA_VERSION = 16;

  private static final Pattern PROCESS_KEY = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Pattern ID_SUFFIX = Pattern.compile("[A-Z][A-Za-z0-9]*");
  /** A due date from a stage's calendar, such as {@code ${cohortCalendar.screeningDue(cohortYear)}}. */
  private static final Pattern MODEL_FUNCTION_CALL = Pattern.compile("\\$\\{[a-z][A-Za-z]*Calendar\\.[a-z][A-Za-z]*\\([A-Za-z, ]*\\)}");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Modeler, Cockpit, Tasklist's diagram tab and the auditor's trail show names as they are, so every
   * name carries both languages, Kazakh first, as the filters do.
   */
  private static final Pattern BILINGUAL_NAME = Pattern.compile("[^/]*\\p{IsCyrillic}[^/]* / [^/]*\\p{IsCyrillic}[^/]*");
  static final String KAZAKH_AND_RUSSIAN = "name must read 'Қазақша / По-русски' (people read it as it is)";
  /**
   * Tasklist's Description tab shows a user task's documentation as it is: the Kazakh text (with the
   * letters Russian lacks), " / ", the Russian text (without them), and no English sentence in either.
   */
  private static final Pattern KAZAKH_LETTER = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]+,? [A-Za-z]+ [A-Za-z]+");
  static final String TABLE_TEXT_KAZAKH_AND_RUSSIAN =
      "label or annotation must read 'Қазақша / По-русски' (Cockpit shows it as it is)";
  static final String DOCUMENTATION_KAZAKH_AND_RUSSIAN =
      "documentation must read 'Қазақша мәтін. / Русский текст.' (Tasklist's Description tab shows it as it is)";

  private ModelConventions() {
  }

  /** Form ids of every .form file in a folder. */
  static Set<String> formIds(Path formsFolder) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path form : files(formsFolder, ".form")) {
      ids.add(JSON.readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  static List<String> checkBpmn(Path file, Set<String> knownFormIds) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    }
    List<String> violations = new ArrayList<>();
    Definitions definitions = model.getDefinitions();
    if (!PLATFORM.equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !PLATFORM_VERSION.equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      violations.add("definitions: modeler:executionPlatform must be '" + PLATFORM + "' version " + PLATFORM_VERSION);
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!PROCESS_KEY.matcher(process.getId()).matches()) {
        violations.add(process.getId() + ": process key must be kebab-case");
      }
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(process.getId() + ": no historyTimeToLive");
      }
      if (!isKazakhAndRussian(process.getName())) {
        violations.add(process.getId() + ": " + KAZAKH_AND_RUSSIAN);
      }
    }
    // Pools and lanes are labels in the diagram like any other.
    List<BaseElement> labels = new ArrayList<>(model.getModelElementsByType(Participant.class));
    labels.addAll(model.getModelElementsByType(Lane.class));
    for (BaseElement label : labels) {
      String name = label.getAttributeValue("name");
      if (name != null && !isKazakhAndRussian(name)) {
        violations.add(label.getId() + ": " + KAZAKH_AND_RUSSIAN);
      }
    }

    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));

    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      boolean visual = element instanceof FlowNode || element instanceof SequenceFlow;
      if (visual && !drawn.contains(element.getId())) {
        violations.add(element.getId() + ": not in the diagram (no BPMNShape/BPMNEdge)");
      }
      String prefix = idPrefix(element);
      if (prefix != null && !hasId(element, prefix)) {
        violations.add(element.getId() + ": id must read " + prefix + "_SomethingMeaningful");
      }
      // An unnamed gateway or flow is fine; a user task is a Tasklist row and needs its name.
      boolean mustBeNamed = element instanceof UserTask;
      if ((mustBeNamed || element.getName() != null) && !isKazakhAndRussian(element.getName())) {
        violations.add(element.getId() + ": " + KAZAKH_AND_RUSSIAN);
      }
    }

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String id = task.getId();
      if (task.getCamundaFormRef() == null) {
        violations.add(id + ": user task has no formRef");
      } else if (!knownFormIds.contains(task.getCamundaFormRef())) {
        violations.add(id + ": formRef '" + task.getCamundaFormRef() + "' matches no form in forms/");
      }
      if (task.getCamundaFormRef() != null && !"deployment".equals(task.getCamundaFormRefBinding())) {
        violations.add(id + ": formRefBinding must be 'deployment'");
      }
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        violations.add(id + ": user task has no candidate groups");
      }
      if (task.getDocumentations().isEmpty() || task.getDocumentations().iterator().next().getTextContent().isBlank()) {
        violations.add(id + ": user task has no documentation telling the user what to do");
      } else if (!isKazakhAndRussianText(task.getDocumentations().iterator().next().getTextContent())) {
        violations.add(id + ": " + DOCUMENTATION_KAZAKH_AND_RUSSIAN);
      }
      if (task.getCamundaDueDate() == null) {
        violations.add(id + ": user task has no due date");
      } else if (!MODEL_FUNCTION_CALL.matcher(task.getCamundaDueDate()).matches()) {
        violations.add(id + ": due date must come from the stage's settings, through its calendar"
            + " (${trainingCalendar.mentorAssignmentDue()}), not be counted in the model");
      }
      if (!task.isCamundaAsyncAfter()) {
        violations.add(id + ": user task must be asyncAfter (a save point after the user's click)");
      }
    }

    List<Task> outsideEffects = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
    outsideEffects.addAll(model.getModelElementsByType(SendTask.class));
    for (Task task : outsideEffects) {
      boolean retries = !task.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
          .stream().flatMap(ext -> ext.getChildElementsByType(CamundaFailedJobRetryTimeCycle.class).stream())
          .toList().isEmpty();
      if (!task.isCamundaAsyncBefore() || !retries) {
        violations.add(task.getId() + ": service task must be asyncBefore with a failedJobRetryTimeCycle");
      }
    }
    return violations;
  }

  static List<String> checkDmn(Path file) throws IOException {
    DmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Dmn.readModelFromStream(in);
    }
    List<String> violations = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(decision.getId() + ": no historyTimeToLive");
      }
      // Cockpit lists decisions and their instances by this name.
      if (!isKazakhAndRussian(decision.getName())) {
        violations.add(decision.getId() + ": " + KAZAKH_AND_RUSSIAN);
      }
    }
    // Cockpit's decision table and Modeler show the columns' labels and the rules' annotations as they are
    for (InputClause input : model.getModelElementsByType(InputClause.class)) {
      checkTableText(input.getId(), input.getLabel(), violations);
    }
    for (OutputClause output : model.getModelElementsByType(OutputClause.class)) {
      checkTableText(output.getId(), output.getLabel(), violations);
    }
    for (Description description : model.getModelElementsByType(Description.class)) {
      checkTableText(description.getParentElement().getAttributeValue("id"), description.getTextContent(), violations);
    }
    try {
      new DefaultDmnEngineConfiguration().buildEngine().parseDecisions(model);
    } catch (RuntimeException e) {
      violations.add(file.getFileName() + ": the DMN engine cannot parse it: " + e.getMessage());
    }
    return violations;
  }

  private static void checkTableText(String id, String text, List<String> violations) {
    if (text != null && !text.isBlank() && !isKazakhAndRussianText(text)) {
      violations.add(id + ": " + TABLE_TEXT_KAZAKH_AND_RUSSIAN);
    }
  }

  static List<String> checkForm(Path file) throws IOException {
    List<String> violations = new ArrayList<>();
    JsonNode form = JSON.readTree(file.toFile());
    String name = file.getFileName().toString();
    if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
      violations.add(name + ": form has no id");
    }
    if (!PLATFORM.equals(form.path("executionPlatform").asText())
        || !PLATFORM_VERSION.equals(form.path("executionPlatformVersion").asText())) {
      violations.add(name + ": executionPlatform must be '" + PLATFORM + "' version " + PLATFORM_VERSION);
    }
    if (form.path("schemaVersion").asInt(Integer.MAX_VALUE) > MAX_FORM_SCHEMA_VERSION) {
      violations.add(name + ": schemaVersion above " + MAX_FORM_SCHEMA_VERSION + " does not render in Tasklist 7.24");
    }
    Map<String, Long> keys = components(form).stream().filter(c -> c.hasNonNull("key"))
        .collect(Collectors.groupingBy(c -> c.get("key").asText(), Collectors.counting()));
    keys.forEach((key, count) -> {
      if (count > 1) {
        violations.add(name + ": key '" + key + "' is used by " + count + " fields");
      }
    });
    for (JsonNode component : components(form)) {
      boolean labelled = !component.path("label").asText().isBlank() || !component.path("dateLabel").asText().isBlank()
          || !component.path("timeLabel").asText().isBlank();
      if (component.hasNonNull("key") && !labelled) {
        violations.add(name + ": field '" + component.get("key").asText() + "' has no label");
      }
    }
    return violations;
  }

  static List<Path> files(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var walk = Files.walk(folder)) {
      return walk.filter(path -> path.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static List<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }

  private static boolean hasId(BaseElement element, String prefix) {
    String id = element.getId();
    return id.startsWith(prefix + "_") && ID_SUFFIX.matcher(id.substring(prefix.length() + 1)).matches();
  }

  /** The id prefix each kind of element carries (Camunda's "naming technically relevant ids"). */
  private static String idPrefix(FlowElement element) {
    if (element instanceof StartEvent) {
      return "StartEvent";
    }
    if (element instanceof EndEvent) {
      return "EndEvent";
    }
    if (element instanceof IntermediateCatchEvent || element instanceof IntermediateThrowEvent
        || element instanceof BoundaryEvent) {
      return "Event";
    }
    if (element instanceof Gateway) {
      return "Gateway";
    }
    if (element instanceof SequenceFlow) {
      return "Flow";
    }
    if (element instanceof CallActivity || element instanceof SubProcess) {
      return "Activity";
    }
    if (element instanceof Task) {
      return "Task";
    }
    return null;
  }

  static <T> String describe(Collection<T> violations) {
    return violations.stream().map(String::valueOf).collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  private static boolean isKazakhAndRussianText(String text) {
    String[] kazakhAndRussian = text.strip().split(" / ");
    return kazakhAndRussian.length == 2 && KAZAKH_LETTER.matcher(kazakhAndRussian[0]).find()
        && CYRILLIC.matcher(kazakhAndRussian[1]).find() && !KAZAKH_LETTER.matcher(kazakhAndRussian[1]).find()
        && !ENGLISH_WORDS.matcher(text).find();
  }

  private static boolean isKazakhAndRussian(String name) {
    return name != null && BILINGUAL_NAME.matcher(name).matches();
  }
}
