// Saves a chart drawn as inline SVG to a file, so a leader can put it in a report.
window.parIndexCharts = {
  saveSvg: function (elementId, fileName) {
    const svg = document.getElementById(elementId);
    if (!svg) { return; }
    const clone = svg.cloneNode(true);
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const blob = new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', clone.outerHTML], { type: 'image/svg+xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }
};
