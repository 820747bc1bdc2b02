package kz.edu.leaders.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.edu.leaders.deployment.Refusal.Reason;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Refuses, before the engine parses anything, a deployment whose models could run code other than the
 * platform's {@link NamedSteps}: script tasks and scripts, Java classes named in the model, connectors,
 * custom form validators, embedded or external forms (formKey) and any file but models, Camunda Forms
 * and PNG diagrams, expressions beyond those {@link ExpressionCheck} allows, decision tables in a
 * language other than FEEL, and case models. Every element, attribute and text of a BPMN file is read, so
 * an attribute the Modeler adds tomorrow is held to the same rules. Runs for every new deployment: the
 * start-up deployment of processes/ and the REST API's (a refusal there is a 400 naming each element).
 */
public class DeploymentGuard implements Deployer {

  private static final Reason RUNS_SCRIPT = new Reason("runs a script", "выполняет скрипт");
  private static final Map<String, Reason> CODE_ELEMENTS = Map.of(
      "scriptTask", RUNS_SCRIPT,
      "script", RUNS_SCRIPT,
      "connector", new Reason("calls an outside system from the model", "обращается к внешней системе прямо из модели"));
  private static final String[] PLAIN_RESOURCE_SUFFIXES = {".form", ".png"};
  private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
  private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

  private final ExpressionCheck expressions;

  public DeploymentGuard(NamedSteps steps) {
    this.expressions = new ExpressionCheck(steps);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // the deployment cache re-reading a deployment accepted before
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      List<Refusal> refusals = refusalsOf(resource.getName(), resource.getBytes());
      if (!refusals.isEmpty()) {
        throw refused(resource.getName(), refusals);
      }
    }
  }

  /** What is wrong with one resource of a deployment; empty when it may be deployed. */
  public List<Refusal> refusalsOf(String resourceName, byte[] content) {
    boolean bpmn = endsWithAny(resourceName, BpmnDeployer.BPMN_RESOURCE_SUFFIXES);
    boolean dmn = endsWithAny(resourceName, DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES);
    List<Refusal> refusals = new ArrayList<>();
    if (endsWithAny(resourceName, CmmnDeployer.CMMN_RESOURCE_SUFFIXES)) {
      refusals.add(new Refusal(resourceName, "case model (CMMN)",
          new Reason("the platform runs no case models", "платформа не использует модели кейсов")));
    } else if (!bpmn && !dmn && !endsWithAny(resourceName, PLAIN_RESOURCE_SUFFIXES)) {
      // an HTML form or a script file would run in the browser of whoever opens the task
      refusals.add(new Refusal(resourceName, "resource " + resourceName,
          new Reason("a deployment holds BPMN, DMN, Camunda Forms (.form) and PNG diagrams only",
              "развёртывание содержит только BPMN, DMN, формы Camunda (.form) и схемы PNG")));
    } else if (bpmn || dmn) {
      try {
        walk(read(content), resourceName, bpmn, refusals);
      } catch (Exception unreadable) {
        refusals.add(new Refusal(resourceName, "XML",
            new Reason("cannot be read: " + unreadable.getMessage(), "файл не читается как XML")));
      }
    }
    return refusals;
  }

  private void walk(Element element, String nearestId, boolean bpmn, List<Refusal> refusals) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : nearestId;
    Reason code = CODE_ELEMENTS.get(element.getLocalName());
    if (code != null) {
      refusals.add(new Refusal(id, element.getTagName(), code));
    }
    if ("constraint".equals(element.getLocalName()) && "validator".equals(element.getAttribute("name"))) {
      refusals.add(new Refusal(id, "form field validator " + element.getAttribute("config"),
          new Reason("runs code of its own on a form", "выполняет собственный код на форме")));
    }
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      Attr attribute = (Attr) element.getAttributes().item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        check(id, attribute, bpmn, refusals);
      }
    }
    // the engine reads an element's text as one, whatever comments or CDATA sections split it
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement, id, bpmn, refusals);
      } else if (child instanceof Text textNode) {
        text.append(textNode.getData());
      }
    }
    if (bpmn) {
      expressions.check(id, text.toString()).ifPresent(refusals::add);
    }
  }

  private void check(String id, Attr attribute, boolean bpmn, List<Refusal> refusals) {
    String name = attribute.getLocalName();
    String value = attribute.getValue();
    String construct = attribute.getName() + "=\"" + value + "\"";
    if (!bpmn) {
      if (name.equals("expressionLanguage") && !FEEL.contains(value)) {
        refusals.add(new Refusal(id, construct,
            new Reason("decision tables are written in FEEL only", "таблицы решений пишутся только на FEEL")));
      }
    } else if (name.equals("class") || name.endsWith("Class")) {
      refusals.add(new Refusal(id, construct,
          new Reason("runs a Java class named in the model", "запускает Java-класс, названный в модели")));
    } else if (name.equals("language")) {
      refusals.add(new Refusal(id, construct, RUNS_SCRIPT));
    } else if (name.equals("formKey")) {
      refusals.add(new Refusal(id, construct, new Reason("an embedded or external form runs its own scripts in "
          + "Tasklist; use a Camunda Form (camunda:formRef)", "встроенная или внешняя форма выполняет свои скрипты "
          + "в Tasklist; используйте форму Camunda (camunda:formRef)")));
    } else if (DELEGATE_ATTRIBUTES.contains(name)) {
      expressions.checkDelegate(id, value).ifPresent(refusals::add);
    } else {
      expressions.check(id, value).ifPresent(refusals::add);
    }
  }

  private static ParseException refused(String resourceName, List<Refusal> refusals) {
    List<Problem> problems = refusals.stream()
        .map(refusal -> (Problem) new ProblemImpl(refusal.toString(), null, refusal.elementId()))
        .toList();
    String message = "Deployment refused: models may use only the platform's named steps and plain comparisons"
        + " / Развёртывание отклонено: в моделях допускаются только именованные шаги платформы и простые сравнения. "
        + resourceName + ": " + refusals.stream().map(Refusal::toString).collect(Collectors.joining("; "));
    return new ParseException(message, resourceName, problems, List.of());
  }

  private static Element read(byte[] content) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
  }

  private static boolean endsWithAny(String name, String[] suffixes) {
    return Arrays.stream(suffixes).anyMatch(name::endsWith);
  }
}
