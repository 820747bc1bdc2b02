/*
 * Tasklist configuration of the «1000 Leaders» platform (replaces the webjar's own config.js).
 * Options: https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
 *
 * The name, the vendor and the languages (Kazakh, Russian, English the fallback) come from
 * ../../leaders/language.js, imported before Tasklist starts.
 */
import {say, webappConfig} from '../../leaders/language.js';

export default {
  ...webappConfig(say('Тапсырмалар', 'Задачи', 'Tasklist')),

  // Dates as 05.09.2025 14:30 (the locale file's longDateFormat), in the browser's time zone.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },

  // Monday-first date pickers, self-dismissing notifications, "Create task" only
  // for those allowed to create tasks (see the script)
  customScripts: ['scripts/leaders/leaders'],

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
