/*
 * A custom script of every «1000 Leaders» webapp (listed by webappConfig in language.js): the webapps'
 * shared header shows its menu button's screen-reader text as the raw key
 * CAM_WIDGET_HEADER_TOGGLE_NAVIGATION, because Camunda 7.24's header template prints that text without
 * the translate filter its other labels use. The template is given the filter before the header is drawn.
 */
const appName = document.querySelector('base').getAttribute('app-name');

window.angular.module('cam.' + appName + '.custom').config(['$provide', function($provide) {
  $provide.decorator('camWidgetHeaderDirective', ['$delegate', function(directives) {
    directives.forEach(directive => {
      if (typeof directive.template === 'string') {
        directive.template = directive.template.replace('{{ toggleNavigation }}', '{{ toggleNavigation | translate }}');
      }
    });
    return directives;
  }]);
}]);

export default [];
