/*
 * Tasklist configuration of the «1000 Leaders» platform (replaces the webjar's own config.js).
 * Options: https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
 *
 * The name, the vendor and the languages (Kazakh, Russian, English the fallback) come from
 * ../../leaders/language.js, imported before Tasklist starts.
 */
import {say, webappConfig} from '../../leaders/language.js';

export default {
  // with our customisations: Monday-first date pickers, self-dismissing notifications, relative dates in
  // the chosen language, "Create task" and "Start process" only for those allowed (see the script)
  ...webappConfig(say('Тапсырмалар', 'Задачи', 'Tasklist'), 'scripts/leaders/leaders'),

  // Dates as 05.09.2025 14:30 (the locale file's longDateFormat), in the browser's time zone.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },

  // no "Welcome to Camunda" box on the login page
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: say('таңдалған тапсырманы жұмысқа алу', 'взять выбранную задачу в работу',
        'claims the currently selected task')
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: say('тізімдегі бірінші сүзгіге өту', 'перейти к первому фильтру в списке',
        'set the focus to the first filter in the list')
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: say('тізімдегі бірінші тапсырмаға өту', 'перейти к первой задаче в списке',
        'sets the focus to the first task in the list')
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: say('тапсырма нысанының бірінші өрісіне өту', 'перейти к первому полю формы задачи',
        'sets the focus to the first input field in a task form')
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: say('үдерісті бастау терезесін ашу', 'открыть окно запуска процесса',
        'opens the start process modal dialog')
    }
  }
};
