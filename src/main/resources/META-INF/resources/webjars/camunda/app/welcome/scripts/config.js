/*
 * Welcome configuration of the «1000 Leaders» platform (replaces the webjar's own config.js, whose other
 * options keep their defaults). Options: https://docs.camunda.org/manual/7.24/webapps/welcome/
 *
 * The name, the vendor and the languages (Kazakh, Russian, English the fallback) come from
 * ../../leaders/language.js, imported before the webapp starts.
 */
import {say, webappConfig} from '../../leaders/language.js';

export default webappConfig(say('Басты бет', 'Главная', 'Welcome'));
