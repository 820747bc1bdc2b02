/*
 * Cockpit configuration of the «1000 Leaders» platform (replaces the webjar's own config.js, whose other
 * options keep their defaults). Options: https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/
 *
 * The name, the vendor and the languages (Kazakh, Russian, English the fallback) come from
 * ../../leaders/language.js, imported before the webapp starts.
 */
import {webappConfig} from '../../leaders/language.js';

// with the Human tasks view's counts by type from the open tasks for who reads them, and the decision
// tables' headings in the webapp's language (see the scripts)
export default webappConfig('Cockpit', 'scripts/leaders/human-tasks', 'scripts/leaders/decision-table');
