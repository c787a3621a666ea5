/**
 * The summary's bar chart, drawn on a canvas by chart.js, with only the parts
 * it uses registered so the rest stays out of the bundle. Nothing is fetched:
 * chart.js draws offline. No animation: the numbers are there at once (and
 * for a screenshot). The canvas is hidden from screen readers; the table
 * beside it (LogSummary) carries the same numbers.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
}

interface LogChartProps {
  labels: string[];
  series: ChartSeries[];
  testId: string;
}

export function LogChart({ labels, series, testId }: LogChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map(({ label, values, color }) => ({ label, data: values, backgroundColor: color })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // A little headroom, so the tallest bar does not touch the top of the chart.
        scales: { y: { beginAtZero: true, grace: '8%', ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className="log-chart" data-testid={testId}>
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
