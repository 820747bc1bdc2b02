// The auditor's page (audit/trail.mustache): the candidate's diagram with the steps passed and the current one.
const container = document.getElementById('diagram');
const viewer = new BpmnJS({ container });
const visited = JSON.parse(container.dataset.visited);
const current = JSON.parse(container.dataset.current);
viewer.importXML(document.getElementById('diagram-xml').value).then(() => {
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport');
  visited.forEach(id => { try { canvas.addMarker(id, 'visited'); } catch (e) {} });
  current.forEach(id => { try { canvas.addMarker(id, 'current'); } catch (e) {} });
});
