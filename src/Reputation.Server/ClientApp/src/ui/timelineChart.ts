import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { toChartColumns } from '../series';
import type { Alert, Severity, TimelineBucket } from '../types';
import type { UiContext } from './context';

export interface AlertMarker {
  at: number; // Unix seconds
  severity: Severity;
}

export function markersOf(alerts: readonly Alert[], brand: string): AlertMarker[] {
  return alerts
    .filter((a) => a.brand === brand)
    .map((a) => ({ at: Math.floor(Date.parse(a.raisedAt) / 1000), severity: a.severity }));
}

const HEIGHT = 280;

/**
 * Per-minute volume, negative volume and the expected negative band, with a vertical line where
 * each of the brand's alerts was raised. Colours come from the page's CSS so the theme applies.
 */
export class TimelineChart {
  private plot: uPlot | null = null;
  private buckets: readonly TimelineBucket[] = [];
  private markers: AlertMarker[] = [];
  private readonly resize = new ResizeObserver(() => this.plot?.setSize(this.size()));

  constructor(private readonly container: HTMLElement) {
    this.resize.observe(container);
  }

  /** Builds the chart anew: series labels and colours depend on the language and theme. */
  rebuild(ctx: UiContext): void {
    this.plot?.destroy();
    const css = getComputedStyle(document.documentElement);
    const color = (name: string) => css.getPropertyValue(name).trim() || 'gray';
    const axis = { stroke: color('--text-muted'), grid: { stroke: color('--grid') }, ticks: { stroke: color('--grid') } };
    const { t } = ctx;
    const time = new Intl.DateTimeFormat(ctx.lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    const label = (seconds: number) => time.format(new Date(seconds * 1000));
    const options: uPlot.Options = {
      ...this.size(),
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true } },
      axes: [{ ...axis, values: (_u, splits) => splits.map(label) }, { ...axis, size: 50 }],
      series: [
        { label: t('chart.time'), value: (_u, v) => (v == null ? '–' : label(v)) },
        { label: t('chart.total'), stroke: color('--chart-total'), width: 2 },
        { label: t('chart.negative'), stroke: color('--chart-negative'), width: 2, fill: color('--chart-negative-fill') },
        { label: t('chart.expected'), stroke: color('--chart-expected'), width: 1, dash: [6, 4], spanGaps: false },
        { label: t('chart.expectedUpper'), stroke: color('--chart-expected'), width: 1, dash: [2, 4], spanGaps: false },
      ],
      bands: [{ series: [4, 3], fill: color('--chart-band') }],
      hooks: { draw: [(u) => this.drawMarkers(u, color)] },
    };
    this.plot = new uPlot(options, toChartColumns(this.buckets) as uPlot.AlignedData, this.container);
  }

  setBuckets(buckets: readonly TimelineBucket[]): void {
    this.buckets = buckets;
    this.plot?.setData(toChartColumns(buckets) as uPlot.AlignedData);
  }

  setMarkers(markers: AlertMarker[]): void {
    const same = markers.length === this.markers.length && markers.every((m, i) => m.at === this.markers[i]?.at && m.severity === this.markers[i]?.severity);
    this.markers = markers;
    if (!same) this.plot?.redraw(false, false);
  }

  private drawMarkers(u: uPlot, color: (name: string) => string): void {
    const { ctx, bbox } = u;
    const [min, max] = [u.scales.x?.min, u.scales.x?.max];
    if (min == null || max == null) return;
    ctx.save();
    ctx.lineWidth = 2 * devicePixelRatio;
    for (const marker of this.markers) {
      if (marker.at < min || marker.at > max) continue;
      const x = Math.round(u.valToPos(marker.at, 'x', true));
      ctx.strokeStyle = color(`--severity-${marker.severity}`);
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      // A small flag at the top makes the marker readable from across the room.
      ctx.fillStyle = ctx.strokeStyle;
      ctx.fillRect(x, bbox.top, 8 * devicePixelRatio, 6 * devicePixelRatio);
    }
    ctx.restore();
  }

  private size(): { width: number; height: number } {
    return { width: Math.max(this.container.clientWidth, 200), height: HEIGHT };
  }
}
