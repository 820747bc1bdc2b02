package kz.edu.leaders.config;

import kz.edu.leaders.identity.PersonalDataVariables;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's own history writer, minus the variables that carry personal data: a reviewer sees the
 * candidate's name and IIN on the task, but history (kept for years) holds only ids and masked values.
 */
public class PersonalDataFreeHistoryEventHandler extends DbHistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable
        && PersonalDataVariables.isPersonal(variable.getVariableName())) {
      return;
    }
    super.handleEvent(event);
  }
}
