/*
 * A custom script of Cockpit (config.js `customScripts`): the Human tasks view counts the open tasks
 * "by type" (assigned to a user, to groups, to no one) from task history and "per group" from the task
 * report. Process owners do not read task history (it stays the auditors'), so they read 0 by type;
 * auditors do not read the open tasks the report counts, so they met an error instead of the groups.
 * Whoever reads every open task (process owners, administrators) gets both from the open tasks; the
 * others (auditors) both from the history of the tasks not yet finished.
 */
const appName = document.querySelector('base').getAttribute('app-name');

// resource type 7 = TASK, no resource id: READ on every task
const READ_EVERY_TASK = {permissionName: 'READ', resourceName: 'Task', resourceType: 7};
// the group list the report is read against: every group the platform has, with room to spare
const GROUPS = {maxResults: 500};

function ask(http, path, data) {
  return new Promise((answered, failed) =>
    http.get(path, {data, done: (error, answer) => (error ? failed(error) : answered(answer))}));
}

/** The report's rows (groupName is the group's id; null for tasks without a group) from task history. */
function groupCountsFromHistory(http) {
  const openTasks = extra => ask(http, 'history/task/count', {unfinished: true, ...extra}).then(answer => answer.count);
  return ask(http, 'group', GROUPS)
    .then(groups => Promise.all(groups.map(group => openTasks({taskHadCandidateGroup: group.id})
      .then(taskCount => ({groupName: group.id, taskCount})))))
    .then(rows => openTasks({withoutCandidateGroups: true, unassigned: true})
      .then(taskCount => rows.filter(row => row.taskCount > 0).concat(taskCount > 0 ? [{groupName: null, taskCount}] : [])));
}

window.angular.module('cam.' + appName + '.custom').run(['camAPI', function(camAPI) {
  const history = camAPI.resource('history');
  const report = camAPI.resource('task-report');
  const readsEveryTask = () => ask(history.http, 'authorization/check', READ_EVERY_TASK).then(check => check.authorized);

  const historicTaskCount = history.taskCount;
  history.taskCount = function(query, done) {
    if (!query || !query.unfinished) {
      return historicTaskCount.apply(history, arguments);
    }
    const {unfinished, ...openTaskQuery} = query;
    readsEveryTask()
      .then(reads => (reads
        ? ask(history.http, 'task/count', openTaskQuery).then(count => done(null, count))
        : historicTaskCount.call(history, query, done)))
      .catch(error => done(error));
  };

  const countByCandidateGroup = report.countByCandidateGroup;
  report.countByCandidateGroup = function(done) {
    readsEveryTask()
      .then(reads => (reads
        ? countByCandidateGroup.call(report, done)
        : groupCountsFromHistory(history.http).then(rows => done(null, rows))))
      .catch(error => done(error));
  };
}]);

export default [];
