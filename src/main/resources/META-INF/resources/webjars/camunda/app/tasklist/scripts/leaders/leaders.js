/*
 * The «1000 Leaders» customisations of Tasklist, loaded through config.js `customScripts` (an ES
 * module, imported before AngularJS starts; https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/#custom-scripts):
 *
 * - date pickers in the chosen language, weeks starting on Monday (Tasklist's own pickers and the
 *   Camunda Forms date fields);
 * - Camunda Forms' validation messages in Kazakh or Russian, and the platform's own refusals in the
 *   person's language only;
 * - notifications that go away by themselves (errors after a while long enough to read them);
 * - "Create task" only for someone the engine lets create tasks (TASK CREATE), and "Start process" (its
 *   button, see user-styles.css, its shortcut and a link with ?processStart=true) only for someone who
 *   may start at least one process from Tasklist;
 * - no History tab and no "Add comment" on a task;
 * - relative dates ("due in a month", "created 5 minutes ago") in the chosen language.
 */
import {lang} from '../../../leaders/language.js';

const CALENDAR = {
  kk: {
    months: ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек',
      'Қазан', 'Қараша', 'Желтоқсан'],
    monthsShort: ['Қаң', 'Ақп', 'Нау', 'Сәу', 'Мам', 'Мау', 'Шіл', 'Там', 'Қыр', 'Қаз', 'Қар', 'Жел'],
    weekdays: ['Жексенбі', 'Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Жұма', 'Сенбі'],
    weekdaysShort: ['Жс', 'Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сн'],
    today: 'Бүгін', clear: 'Тазарту', close: 'Жабу'
  },
  ru: {
    months: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь',
      'Октябрь', 'Ноябрь', 'Декабрь'],
    monthsShort: ['Янв', 'Фев', 'Мар', 'Апр', 'Май', 'Июн', 'Июл', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    weekdays: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'],
    weekdaysShort: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    today: 'Сегодня', clear: 'Очистить', close: 'Закрыть'
  }
}[lang];

// Camunda Forms (form-js) writes its validation messages in English only.
const FORM_ERRORS = {
  kk: [
    [/^Field is required\.$/, () => 'Міндетті өріс.'],
    [/^Field must have minimum length of (.+)\.$/, n => `Кемінде ${n} таңба болуы керек.`],
    [/^Field must have maximum length of (.+)\.$/, n => `Көп дегенде ${n} таңба болуы керек.`],
    [/^Field must have minimum value of (.+)\.$/, n => `Мәні кемінде ${n} болуы керек.`],
    [/^Field must have maximum value of (.+)\.$/, n => `Мәні көп дегенде ${n} болуы керек.`],
    [/^Field must match pattern (.+)\.$/, p => `Мәні ${p} үлгісіне сай болуы керек.`],
    [/^Field must be a valid email\.$/, () => 'Дұрыс электрондық пошта мекенжайын енгізіңіз.'],
    [/^Field must be a valid +international phone number\. \((.+)\)$/, e => `Дұрыс халықаралық телефон нөмірін енгізіңіз (${e.replace('e.g.', 'мысалы,')}).`]
  ],
  ru: [
    [/^Field is required\.$/, () => 'Обязательное поле.'],
    [/^Field must have minimum length of (.+)\.$/, n => `Не менее ${n} символов.`],
    [/^Field must have maximum length of (.+)\.$/, n => `Не более ${n} символов.`],
    [/^Field must have minimum value of (.+)\.$/, n => `Значение не меньше ${n}.`],
    [/^Field must have maximum value of (.+)\.$/, n => `Значение не больше ${n}.`],
    [/^Field must match pattern (.+)\.$/, p => `Значение должно соответствовать шаблону ${p}.`],
    [/^Field must be a valid email\.$/, () => 'Введите правильный адрес электронной почты.'],
    [/^Field must be a valid +international phone number\. \((.+)\)$/, e => `Введите правильный международный номер телефона (${e.replace('e.g.', 'например,')}).`]
  ]
}[lang];

function translateFormErrors(root) {
  if (!FORM_ERRORS) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    const text = item.textContent.trim();
    for (const [pattern, say] of FORM_ERRORS) {
      const match = pattern.exec(text);
      if (match) {
        item.textContent = say(match[1]);
        return;
      }
    }
  });
}

function localiseFlatpickr(root) {
  root.querySelectorAll('input.flatpickr-input').forEach(input => {
    const picker = input._flatpickr;
    if (!picker || picker.leadersLocalised) {
      return;
    }
    picker.leadersLocalised = true;
    const locale = {firstDayOfWeek: 1, time_24hr: true};
    if (CALENDAR) {
      Object.assign(locale, {
        weekdays: {shorthand: CALENDAR.weekdaysShort, longhand: CALENDAR.weekdays},
        months: {shorthand: CALENDAR.monthsShort, longhand: CALENDAR.months}
      });
    }
    picker.set('locale', locale);
  });
}

/** The engine API the webapp talks to, as Tasklist's own page names it. */
function engineApi() {
  const base = document.querySelector('base');
  return (base.getAttribute('engine-api') || base.getAttribute('app-root') + '/api/engine/') + 'engine/default/';
}

function askEngine(path, answered) {
  return fetch(engineApi() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(answered)
    .catch(() => false);
}

/**
 * The navbar's "Create task" and "Start process" are offered only to who may use them: the engine
 * refuses the others anyway, and an action that always fails is noise to a reviewer.
 */
function showNavbarActionsAllowed(event, authentication) {
  const classes = document.documentElement.classList;
  classes.remove('leaders-may-create-tasks', 'leaders-may-start-processes');
  if (!authentication || !authentication.name) {
    return;
  }
  // resource type 7 = TASK
  askEngine('authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7',
    answer => classes.toggle('leaders-may-create-tasks', !!(answer && answer.authorized)));
  mayStartProcesses().then(allowed => classes.toggle('leaders-may-start-processes', allowed));
}

/** Whether the signed-in person may start a process from Tasklist: the very query behind its list. */
function mayStartProcesses() {
  return askEngine('process-definition/count?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true',
    answer => !!(answer && answer.count > 0));
}

/**
 * The platform's refusals read "Kazakh / Russian" (one " / " between the two): show the person's
 * language only; English, or a message with no such split, as it is.
 */
function inOwnLanguage(message) {
  const parts = message.split(' / ');
  if (parts.length !== 2 || lang === 'en') {
    return message;
  }
  return lang === 'kk' ? parts[0] : parts[1];
}

function errorDuration(notification) {
  const length = String(notification.status || '').length + String(notification.message || '').length;
  return Math.min(30000, 8000 + 60 * length);
}

/**
 * Tasklist's relative dates (angular-moment's am-time-ago: "due in a month", "created 5 minutes ago")
 * follow moment.js's global locale, which Tasklist's locale loader sets to each table it loads (with
 * the table's dateLocales): the chosen language's and the fallback's, English, whichever arrives last.
 * So they were English whenever the English table came last. The chosen language is set again after
 * every table.
 */
function keepRelativeDatesIn(language, amMoment, $rootScope) {
  if (language !== 'en') {
    $rootScope.$on('$translateLoadingSuccess', () => amMoment.changeLocale(language));
  }
}

const appName = document.querySelector('base').getAttribute('app-name');
const ngModule = window.angular.module('cam.' + appName + '.custom');

ngModule.config(['$provide', function($provide) {
  // The Start process dialog opens from the navbar, from config.js's ctrl+alt+p and from a link with
  // ?processStart=true, whether the navbar offers it or not: for who may start nothing, an empty dialog.
  // It opens once the engine says they may start a process; else it is dismissed at once, which also
  // takes ?processStart out of the address. Tasklist reads nothing of the dialog but its result.
  $provide.decorator('$uibModal', ['$delegate', '$q', function($uibModal, $q) {
    const open = $uibModal.open;
    $uibModal.open = function(options) {
      if (!options || options.controller !== 'camProcessStartModalCtrl') {
        return open.apply(this, arguments);
      }
      const args = arguments;
      return {result: $q.when(mayStartProcesses()).then(allowed =>
        (allowed ? open.apply($uibModal, args).result : $q.reject('nothing to start')))};
    };
    return $uibModal;
  }]);
  // The History tab lists the task's history and engine comments, which the engine shows only to who
  // reads the whole process's history (auditors): a task's workers got a 404 and an empty tab. Their
  // decisions are on the candidate's trail; a comment would be free text outside it (and outside the
  // erasure of personal data), so "Add comment" goes with the tab.
  const HIDDEN_VIEWS = ['task-detail-history', 'task-action-comment'];
  $provide.decorator('Views', ['$delegate', function(Views) {
    const getProviders = Views.getProviders;
    Views.getProviders = function() {
      return getProviders.apply(this, arguments).filter(view => !HIDDEN_VIEWS.includes(view.id));
    };
    return Views;
  }]);
  $provide.decorator('Notifications', ['$delegate', function(Notifications) {
    const add = Notifications.add;
    Notifications.add = function(notification) {
      if (notification && typeof notification.message === 'string') {
        // the engine's English preamble before the application's own (bilingual) reason
        notification.message = inOwnLanguage(
          notification.message.replace(/^Cannot submit task form [\w-]+: /, ''));
      }
      if (notification && !notification.duration) {
        const error = notification.type === 'danger' || notification.type === 'error';
        notification.duration = error ? errorDuration(notification) : 6000;
      }
      return add.apply(this, arguments);
    };
    return Notifications;
  }]);
}]);

ngModule.run(['$locale', '$injector', '$rootScope', function($locale, $injector, $rootScope) {
  if ($injector.has('amMoment')) {
    keepRelativeDatesIn(lang, $injector.get('amMoment'), $rootScope);
  }
  const formats = $locale.DATETIME_FORMATS;
  formats.FIRSTDAYOFWEEK = 0; // AngularJS counts from Monday = 0; the date pickers start their weeks there
  formats.WEEKENDRANGE = [5, 6];
  if (CALENDAR) {
    formats.MONTH = CALENDAR.months;
    formats.STANDALONEMONTH = CALENDAR.months;
    formats.SHORTMONTH = CALENDAR.monthsShort;
    formats.DAY = CALENDAR.weekdays;
    formats.SHORTDAY = CALENDAR.weekdaysShort;
    if ($injector.has('uibDatepickerPopupConfig')) {
      const popup = $injector.get('uibDatepickerPopupConfig');
      popup.currentText = CALENDAR.today;
      popup.clearText = CALENDAR.clear;
      popup.closeText = CALENDAR.close;
    }
  }

  $rootScope.$on('authentication.changed', showNavbarActionsAllowed);

  new MutationObserver(() => {
    translateFormErrors(document.body);
    localiseFlatpickr(document.body);
  }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});
}]);

export default [];
