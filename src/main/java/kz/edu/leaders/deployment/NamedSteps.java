package kz.edu.leaders.deployment;

import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * What a model may name, in one place for the deployment check and for the engine's expressions:
 * <ul>
 *   <li>a step: a bean of this application that is a {@link JavaDelegate}, {@link TaskListener} or
 *   {@link ExecutionListener}, referenced as {@code ${sendCandidateNotification}};</li>
 *   <li>a model function: a {@link ModelFunction} method, called as {@code ${trainingCalendar.levels()}}.</li>
 * </ul>
 * Every other bean (repositories, services, the engine's own) stays out of reach of expressions.
 */
@Component
public class NamedSteps {

  private static final String OWN_PACKAGE = "kz.edu.leaders.";
  private static final Set<Class<?>> STEP_TYPES = Set.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class);

  private final ConfigurableListableBeanFactory beans;
  // Read on first use: the engine is configured while the context is still creating beans.
  private final Supplier<Catalogue> catalogue = SingletonSupplier.of(this::readCatalogue);

  public NamedSteps(ConfigurableListableBeanFactory beans) {
    this.beans = beans;
  }

  private record Catalogue(Set<String> steps, Map<String, Set<String>> functionsByBean) {
  }

  public boolean isStep(String name) {
    return catalogue.get().steps().contains(name);
  }

  public boolean isFunction(String bean, String method, int arguments) {
    return catalogue.get().functionsByBean().getOrDefault(bean, Set.of()).contains(signature(method, arguments));
  }

  /** The beans expressions may reach: steps and the beans of model functions, nothing else. */
  public Map<Object, Object> expressionBeans() {
    return new AbstractMap<>() {
      @Override
      public boolean containsKey(Object name) {
        return name instanceof String bean && exposes(bean);
      }

      @Override
      public Object get(Object name) {
        return containsKey(name) ? beans.getBean((String) name) : null;
      }

      @Override
      public Set<Entry<Object, Object>> entrySet() {
        return exposedNames().stream()
            .map(name -> Map.entry((Object) name, beans.getBean(name)))
            .collect(Collectors.toSet());
      }
    };
  }

  private boolean exposes(String bean) {
    return isStep(bean) || catalogue.get().functionsByBean().containsKey(bean);
  }

  private Set<String> exposedNames() {
    Set<String> names = new HashSet<>(catalogue.get().steps());
    names.addAll(catalogue.get().functionsByBean().keySet());
    return names;
  }

  private Catalogue readCatalogue() {
    Set<String> steps = new HashSet<>();
    Map<String, Set<String>> functions = new HashMap<>();
    for (String name : beans.getBeanDefinitionNames()) {
      Class<?> type = declaredHere(name) ? beans.getType(name, false) : null;
      if (type == null) {
        continue;
      }
      if (STEP_TYPES.stream().anyMatch(stepType -> stepType.isAssignableFrom(type))) {
        steps.add(name);
      }
      Set<String> marked = modelFunctionsOf(ClassUtils.getUserClass(type));
      if (!marked.isEmpty()) {
        functions.put(name, marked);
      }
    }
    return new Catalogue(Set.copyOf(steps), Map.copyOf(functions));
  }

  /** A bean of this application, whether a scanned class or a {@code @Bean} method of one. */
  private boolean declaredHere(String name) {
    BeanDefinition definition = beans.getBeanDefinition(name);
    String declaringClass = definition.getFactoryBeanName() != null
        ? beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName()
        : definition.getBeanClassName();
    return declaringClass != null && declaringClass.startsWith(OWN_PACKAGE);
  }

  private static Set<String> modelFunctionsOf(Class<?> type) {
    Set<String> marked = new HashSet<>();
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(ModelFunction.class)) {
        marked.add(signature(method.getName(), method.getParameterCount()));
      }
    }
    return marked;
  }

  private static String signature(String method, int arguments) {
    return method + "/" + arguments;
  }
}
