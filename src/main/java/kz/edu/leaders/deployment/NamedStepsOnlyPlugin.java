package kz.edu.leaders.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The right to deploy is not the right to run any code: expressions reach only the {@link NamedSteps},
 * and the {@link DeploymentGuard} refuses a model that tries for more. First of the plugins, so that
 * whatever a later plugin adds to the expression manager lands on this one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NamedStepsOnlyPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final NamedSteps steps;

  public NamedStepsOnlyPlugin(ApplicationContext context, NamedSteps steps) {
    this.context = context;
    this.steps = steps;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = steps.expressionBeans();
    configuration.setBeans(beans);
    // Spring's engine factory built its expression manager over the whole context before any plugin ran.
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new DeploymentGuard(steps));
    configuration.setCustomPreDeployers(preDeployers);
  }
}
