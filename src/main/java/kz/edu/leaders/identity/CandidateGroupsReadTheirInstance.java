package kz.edu.leaders.identity;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Whoever may work a task (its candidate groups and users) may read the process instance it belongs to, and no other: Tasklist needs
 * that to show the filter columns (application number, masked IIN, region) and the task's history.
 * Granting it per instance keeps a Turkistan reviewer out of every other region's candidates, which
 * a grant on the whole process definition would not. Added to every user task of every model.
 */
public class CandidateGroupsReadTheirInstance extends AbstractBpmnParseListener implements TaskListener {

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addTaskListener(TaskListener.EVENTNAME_CREATE, this);
  }

  @Override
  public void notify(DelegateTask task) {
    String instanceId = task.getProcessInstanceId();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      var authorizations = Context.getCommandContext().getAuthorizationManager();
      for (IdentityLink candidate : task.getCandidates()) {
        if (!IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
          continue;
        }
        String groupId = candidate.getGroupId();
        String userId = candidate.getUserId();
        // tasks created together (a parallel multi-instance) see each other's grant in the cache, not yet in the table
        boolean granted = (groupId != null
            ? authorizations.findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groupId,
                Resources.PROCESS_INSTANCE, instanceId)
            : authorizations.findAuthorizationByUserIdAndResourceId(Authorization.AUTH_TYPE_GRANT, userId,
                Resources.PROCESS_INSTANCE, instanceId)) != null
            || Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
                .stream().anyMatch(cached -> instanceId.equals(cached.getResourceId())
                    && cached.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                    && (groupId != null ? groupId.equals(cached.getGroupId()) : userId.equals(cached.getUserId())));
        if (!granted) {
          AuthorizationEntity read = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
          read.setGroupId(groupId);
          read.setUserId(userId);
          read.setResource(Resources.PROCESS_INSTANCE);
          read.setResourceId(instanceId);
          read.addPermission(Permissions.READ);
          authorizations.insert(read);
        }
      }
      return null;
    });
  }
}
