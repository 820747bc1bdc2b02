/*
 * The language of the «1000 Leaders» webapps (Tasklist, Cockpit, Admin and the welcome page), shared by
 * their scripts/config.js, which import it before the webapp starts (config.js is an ES module:
 * https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/).
 *
 * The webapp takes the browser's first language if it is one of availableLocales (webappConfig), else
 * the fallback (English). Every language listed needs app/<webapp>/locales/<lang>.json with every key
 * of the webjar's en.json (WebappLocalesTest). The Қаз · Рус · Eng switch drawn here overrides that for the browser (kept
 * in localStorage, so one choice holds in every webapp and on the login page).
 */
const STORAGE_KEY = 'leaders-language';
const LANGUAGES = [
  {code: 'kk', label: 'Қаз', title: 'Қазақша'},
  {code: 'ru', label: 'Рус', title: 'Русский'},
  {code: 'en', label: 'Eng', title: 'English'}
];
const CODES = LANGUAGES.map(language => language.code);

const chosen = (window.localStorage.getItem(STORAGE_KEY) || '').toLowerCase();
if (CODES.includes(chosen)) {
  // the webapps take navigator.languages[0]; put the chosen language first before AngularJS asks
  const languages = [chosen].concat(Array.from(navigator.languages || []));
  Object.defineProperty(navigator, 'languages', {configurable: true, get: () => languages});
  Object.defineProperty(navigator, 'language', {configurable: true, get: () => chosen});
}
const browserFirst = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0]
  .toLowerCase();

/** The language the webapp shows: kk, ru or en. */
export const lang = CODES.includes(browserFirst) ? browserFirst : 'en';

/** The text in the shown language. */
export const say = (kk, ru, en) => (lang === 'kk' ? kk : lang === 'ru' ? ru : en);

/**
 * What every webapp's config.js starts from: the webapp's name, ours as the vendor, the languages, the
 * header fix (header.js; paths are relative to app/<webapp>/, a webapp adds its own scripts after it).
 */
export function webappConfig(name, ...customScripts) {
  return {
    app: {name, vendor: say('1000 көшбасшы', '1000 лидеров', '1000 Leaders')},
    locales: {availableLocales: ['kk', 'ru', 'en'], fallbackLocale: 'en'},
    customScripts: ['../leaders/header', ...customScripts]
  };
}

document.documentElement.setAttribute('lang', lang);

function drawLanguageSwitch() {
  if (document.querySelector('.leaders-language-switch')) {
    return;
  }
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('language.css', import.meta.url).href;
  document.head.appendChild(style);

  const bar = document.createElement('div');
  bar.className = 'leaders-language-switch';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Тіл / Язык / Language');
  LANGUAGES.forEach(language => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = language.label;
    button.title = language.title;
    button.lang = language.code;
    button.setAttribute('data-language', language.code);
    if (language.code === lang) {
      button.className = 'active';
      button.setAttribute('aria-pressed', 'true');
    }
    button.addEventListener('click', () => {
      window.localStorage.setItem(STORAGE_KEY, language.code);
      window.location.reload();
    });
    bar.appendChild(button);
  });
  document.body.appendChild(bar);
}

// the webapps' scripts are deferred, so the page is usually parsed by now
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', drawLanguageSwitch);
} else {
  drawLanguageSwitch();
}
