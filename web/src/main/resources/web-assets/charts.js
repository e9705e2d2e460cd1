// Draws every chart of a report page with Apache ECharts (served from its WebJar). Each chart's numbers come from its
// element's data-chart attribute (JSON: kind, stacked, categories, series), the same numbers as the table beside it;
// no inline script (the CSP forbids it). Without JavaScript the tables still say everything.
(function () {
  var palette = ['#1d4e89', '#b5580b', '#2e7d32', '#6a1b9a', '#8d2232'];

  function draw(element) {
    if (element.dataset.drawn || typeof echarts === 'undefined') {
      return;
    }
    var chart = JSON.parse(element.dataset.chart);
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption({
      color: palette,
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: chart.categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: chart.series.map(function (series) {
        return {
          name: series.name,
          type: chart.kind,
          stack: chart.stacked ? 'all' : undefined,
          data: series.values,
          label: { show: chart.kind === 'bar' && !chart.stacked && chart.categories.length <= 12, position: 'top' }
        };
      })
    });
    element.dataset.drawn = 'true';
    window.addEventListener('resize', function () { instance.resize(); });
  }

  function drawAll(root) {
    root.querySelectorAll('[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
})();
