import type { ReactNode } from "react";

/**
 * Server-rendered SVG charts: plain markup, so they show without JavaScript. Each is a <figure> with
 * a caption, an SVG with role="img" and an aria-label summing it up, and the numbers in a table.
 */

export interface Bar {
  key: string;
  label: string;
  value: number;
}

const WIDTH = 640;

function Frame({ title, caption, children, table }: { title: string; caption?: ReactNode; children: ReactNode; table: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
        {caption ? <span className="chart__caption">{caption}</span> : null}
      </figcaption>
      {children}
      {table}
    </figure>
  );
}

function DataTable({ summary, head, rows }: { summary: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="chart__data">
      <summary>{summary}</summary>
      <table className="workspace-table">
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Horizontal bars, one per item: its label above the bar, the value at the end of it. */
export function BarChart(props: { title: string; bars: Bar[]; format: (n: number) => string; tableSummary: string; head: [string, string]; colour?: string }) {
  const { bars, format } = props;
  const rowHeight = 46;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 4;
  const summary = bars.map((b) => `${b.label}: ${format(b.value)}`).join("; ");
  return (
    <Frame title={props.title} table={<DataTable summary={props.tableSummary} head={props.head} rows={bars.map((b) => [b.label, format(b.value)])} />}>
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${props.title}. ${summary}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {bars.map((b, i) => {
          const y = i * rowHeight;
          const w = Math.round(((WIDTH - 70) * b.value) / max);
          return (
            <g key={b.key}>
              <text x={0} y={y + 16} className="chart__label">{b.label}</text>
              <rect x={0} y={y + 22} width={Math.max(w, b.value > 0 ? 2 : 0)} height={18} rx="3" fill={props.colour ?? "#b45309"} />
              <text x={w + 6} y={y + 36} className="chart__value">{format(b.value)}</text>
            </g>
          );
        })}
      </svg>
    </Frame>
  );
}

/** Columns per year with a dashed target line (a value per year, or none). */
export function YearChart(props: {
  title: string;
  caption?: string;
  years: { year: number; count: number; target: number | null }[];
  format: (n: number) => string;
  tableSummary: string;
  head: [string, string, string];
  targetLegend: string | null;
}) {
  const { years, format } = props;
  const height = 220;
  const top = 20;
  const bottom = 30;
  const left = 40;
  const plot = height - top - bottom;
  const max = Math.max(1, ...years.map((y) => Math.max(y.count, y.target ?? 0)));
  const step = (WIDTH - left - 10) / Math.max(1, years.length);
  const yOf = (v: number) => top + plot - (plot * v) / max;
  const summary = years.map((y) => `${y.year}: ${format(y.count)}${y.target !== null ? ` / ${format(y.target)}` : ""}`).join("; ");
  const line = years
    .map((y, i) => (y.target === null ? null : `${left + i * step + 6},${yOf(y.target)} ${left + (i + 1) * step - 6},${yOf(y.target)}`))
    .filter(Boolean);
  return (
    <Frame
      title={props.title}
      caption={props.caption}
      table={
        <DataTable
          summary={props.tableSummary}
          head={props.head}
          rows={years.map((y) => [String(y.year), format(y.count), y.target === null ? "–" : format(y.target)])}
        />
      }
    >
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${props.title}. ${summary}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <line x1={left} x2={WIDTH - 10} y1={top + plot} y2={top + plot} stroke="#6b7280" />
        <text x={left - 6} y={top + 4} textAnchor="end" className="chart__axis">{format(max)}</text>
        <text x={left - 6} y={top + plot} textAnchor="end" className="chart__axis">0</text>
        {years.map((y, i) => {
          const x = left + i * step;
          return (
            <g key={y.year}>
              <rect x={x + 10} y={yOf(y.count)} width={Math.max(4, step - 20)} height={top + plot - yOf(y.count)} rx="3" fill="#15803d" />
              <text x={x + step / 2} y={yOf(y.count) - 4} textAnchor="middle" className="chart__value">{format(y.count)}</text>
              <text x={x + step / 2} y={height - 10} textAnchor="middle" className="chart__axis">{y.year}</text>
            </g>
          );
        })}
        {line.map((points) => (
          <polyline key={points} points={points!} fill="none" stroke="#b91c1c" strokeWidth="3" strokeDasharray="8 5" />
        ))}
      </svg>
      {props.targetLegend ? (
        <p className="chart__legend">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" stroke="#b91c1c" strokeWidth="3" strokeDasharray="8 5" />
          </svg>{" "}
          {props.targetLegend}
        </p>
      ) : null}
    </Frame>
  );
}

export type TileStatus = "ACHIEVED" | "ON_TRACK" | "BEHIND" | "NOT_MEASURED" | null;
export const TILE_COLOURS: Record<Exclude<TileStatus, null> | "NONE", string> = {
  ACHIEVED: "#166534",
  ON_TRACK: "#4d7c0f",
  BEHIND: "#b45309",
  NOT_MEASURED: "#6b7280",
  NONE: "#d1d5db",
};

/** The 34 current provinces as a tile grid, coloured by their plans' progress. */
export function TileGrid(props: {
  title: string;
  caption: string;
  tiles: { code: string; name: string; percent: number | null; status: TileStatus; certified: number; href: string }[];
  statusLabel: (s: TileStatus) => string;
  format: (n: number) => string;
  tableSummary: string;
  head: [string, string, string, string];
  legendTitle: string;
}) {
  const columns = 6;
  const w = WIDTH / columns;
  const h = 58;
  const rows = Math.ceil(props.tiles.length / columns);
  const summary = props.tiles.map((t) => `${t.name}: ${t.percent === null ? props.statusLabel(null) : `${t.percent}% (${props.statusLabel(t.status)})`}`).join("; ");
  return (
    <Frame
      title={props.title}
      caption={props.caption}
      table={
        <DataTable
          summary={props.tableSummary}
          head={props.head}
          rows={props.tiles.map((t) => [t.name, props.format(t.certified), t.percent === null ? "–" : `${t.percent}%`, props.statusLabel(t.status)])}
        />
      }
    >
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${rows * h}`} role="img" aria-label={`${props.title}. ${summary}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {props.tiles.map((t, i) => {
          const x = (i % columns) * w;
          const y = Math.floor(i / columns) * h;
          const fill = TILE_COLOURS[t.status ?? "NONE"];
          const dark = t.status !== null;
          return (
            <a key={t.code} href={t.href} aria-label={t.name}>
              <rect x={x + 2} y={y + 2} width={w - 4} height={h - 4} rx="4" fill={fill} />
              <text x={x + w / 2} y={y + 24} textAnchor="middle" className="chart__tile-name" fill={dark ? "#fff" : "#111827"}>
                {t.name.length > 14 ? `${t.name.slice(0, 13)}…` : t.name}
              </text>
              <text x={x + w / 2} y={y + 44} textAnchor="middle" className="chart__tile-value" fill={dark ? "#fff" : "#111827"}>
                {t.percent === null ? "–" : `${t.percent}%`}
              </text>
            </a>
          );
        })}
      </svg>
      <ul className="chart__legend chart__legend--tiles" aria-label={props.legendTitle}>
        {(["ACHIEVED", "ON_TRACK", "BEHIND", null] as TileStatus[]).map((s) => (
          <li key={String(s)}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="2" fill={TILE_COLOURS[s ?? "NONE"]} />
            </svg>{" "}
            {props.statusLabel(s)}
          </li>
        ))}
      </ul>
    </Frame>
  );
}
