/*
 * A custom script of Cockpit (config.js `customScripts`): the DMN decision table that Cockpit shows for
 * a decision definition and a decision instance (dmn-js) writes its headings in English whatever the
 * webapp's language ("Hit policy:", "Unique", "When", "And", "Then", "Annotations"); Cockpit gives
 * dmn-js no translations. They are put in Kazakh or Russian as the table is drawn: in the headings
 * only, and only a text that is exactly one of dmn-js's words (a rule's own cells stay as modelled).
 * dmn-js draws the table again when it changes, so each table is watched; a translated text is not
 * one of the English words, so translating twice changes nothing and no change calls for another.
 */
import {lang} from '../../../leaders/language.js';

const WORDS = new Map(Object.entries({
  kk: {
    'Hit policy:': 'Сәйкестік саясаты:',
    'Unique': 'Бірегей',
    'First': 'Бірінші',
    'Priority': 'Басымдық',
    'Any': 'Кез келген',
    'Collect': 'Жинау',
    'Collect (Sum)': 'Жинау (қосынды)',
    'Collect (Min)': 'Жинау (ең кіші)',
    'Collect (Max)': 'Жинау (ең үлкен)',
    'Collect (Count)': 'Жинау (саны)',
    'Rule order': 'Ереже реті',
    'Output order': 'Нәтиже реті',
    'When': 'Егер',
    'And': 'Және',
    'Then': 'Онда',
    'Annotations': 'Түсініктеме'
  },
  ru: {
    'Hit policy:': 'Политика совпадений:',
    'Unique': 'Единственное',
    'First': 'Первое',
    'Priority': 'Приоритет',
    'Any': 'Любое',
    'Collect': 'Собрать',
    'Collect (Sum)': 'Собрать (сумма)',
    'Collect (Min)': 'Собрать (минимум)',
    'Collect (Max)': 'Собрать (максимум)',
    'Collect (Count)': 'Собрать (количество)',
    'Rule order': 'Порядок правил',
    'Output order': 'Порядок результатов',
    'When': 'Если',
    'And': 'И',
    'Then': 'Тогда',
    'Annotations': 'Аннотации'
  }
}[lang] || {}));

/** dmn-js's table (its viewer's _createContainer) and the headings in it that hold its words. */
const TABLE = '.dmn-decision-table-container';
const HEADINGS = '.hit-policy .dms-label, .hit-policy-value, .clause, .annotation.header';

function translate(table) {
  table.querySelectorAll(HEADINGS).forEach(heading => heading.childNodes.forEach(node => {
    if (node.nodeType === Node.TEXT_NODE && WORDS.has(node.nodeValue)) {
      node.nodeValue = WORDS.get(node.nodeValue);
    }
  }));
}

const watched = new WeakSet();

function watch(table) {
  if (!watched.has(table)) {
    watched.add(table);
    translate(table);
    new MutationObserver(() => translate(table))
      .observe(table, {childList: true, subtree: true, characterData: true});
  }
}

if (WORDS.size) {
  // Cockpit creates a table for each decision it opens: look for new ones
  new MutationObserver(() => document.querySelectorAll(TABLE).forEach(watch))
    .observe(document.body, {childList: true, subtree: true});
}

export default [];
