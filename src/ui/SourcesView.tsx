// Who gets quoted, as a small bar chart (SVG, its text as text, labelled for screen readers), the
// same figures as a table, and a CSV of them.
import { useMemo } from 'preact/hooks';
import { sourcesCsv } from '../sources/csv';
import type { SourcesStats } from '../sources/stats';
import { downloadFile } from './download';
import { formatNumber, formatPercent, t, tn } from '../shared/i18n';

const BARS = 8;
const ROW_H = 22;
/** The chart's width: it fits the popup (380 px less padding) unscaled, so its text stays at 13 px. */
const WIDTH = 340;
/** A generous average advance of a 13 px system-ui glyph, so a label measured by it is not clipped. */
const CHAR_W = 7.5;
const VALUE_W = 80;
const LABEL_MIN = 60;
const LABEL_MAX = 170;

/** The label column sized to the longest label (within bounds), and each label cut to fit it. */
export function chartLayout(speakers: readonly string[]): { labelWidth: number; barWidth: number; labels: string[] } {
  const longest = Math.max(0, ...speakers.map((s) => [...s].length));
  const labelWidth = Math.min(LABEL_MAX, Math.max(LABEL_MIN, Math.ceil(longest * CHAR_W) + 8));
  const fits = Math.floor((labelWidth - 8) / CHAR_W);
  const labels = speakers.map((s) => ([...s].length > fits ? `${[...s].slice(0, fits - 1).join('')}…` : s));
  return { labelWidth, barWidth: WIDTH - labelWidth - VALUE_W, labels };
}

const pct = (x: number) => formatPercent(x * 100);

/** A row's name as shown: the two groups without a name are said in the reader's language (the CSV keeps its English keys). */
const rowLabel = (r: SourcesStats['rows'][number]): string =>
  r.type === 'unnamed' ? t('sources_unnamed') : r.type === 'unattributed' ? t('sources_notAttributed') : r.speaker;

export function SourcesView({ stats, title, filename }: { stats: SourcesStats; title: string; filename: string }) {
  const { rows, total, byType } = stats;
  const top = useMemo(() => rows.slice(0, BARS), [rows]);
  if (total.quotes === 0) return <p class="empty">{t('sources_none')}</p>;
  const max = Math.max(...top.map((r) => r.quotes));
  const named = byType.person.quotes + byType.organization.quotes;
  const height = top.length * ROW_H + 4;
  const { labelWidth: LABEL_W, barWidth: BAR_W, labels } = chartLayout(top.map(rowLabel));
  return (
    <div class="sources" data-testid="sources">
      <p class="sources-summary" data-testid="sources-summary">
        {t('sources_summary', tn('count_quotes', total.quotes), tn('count_quotedWords', total.words))}{' '}
        <span data-testid="unnamed-share">
          {t('sources_unnamedShare', byType.unnamed.quotes, pct(byType.unnamed.quotes / total.quotes), pct(total.words ? byType.unnamed.words / total.words : 0))}
        </span>
        {named > 0 && (
          <>
            {' '}
            · {t('sources_people')} <span data-testid="people-count">{formatNumber(byType.person.quotes)}</span>, {t('sources_organizations')}{' '}
            <span data-testid="org-count">{formatNumber(byType.organization.quotes)}</span>
          </>
        )}
      </p>
      <svg class="sources-chart" role="img" aria-labelledby="sources-chart-title" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`}>
        <title id="sources-chart-title">{title}</title>
        <desc>{top.map((r) => t('sources_bar', rowLabel(r), tn('count_quotes', r.quotes), pct(r.wordShare))).join('; ')}</desc>
        {top.map((r, i) => {
          const w = Math.max(2, Math.round((r.quotes / max) * BAR_W));
          const y = i * ROW_H + 2;
          return (
            <g key={r.speaker}>
              <text x={LABEL_W - 6} y={y + 14} text-anchor="end" class="bar-label">
                {labels[i]}
              </text>
              <rect x={LABEL_W} y={y} width={w} height={ROW_H - 6} class={`bar bar-${r.type}`} />
              <text x={LABEL_W + w + 4} y={y + 14} class="bar-value">
                {formatNumber(r.quotes)} · {pct(r.wordShare)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="sources-table">
        <caption class="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources_speaker')}</th>
            <th scope="col">{t('sources_quotes')}</th>
            <th scope="col">{t('sources_wordShare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.speaker} data-type={r.type}>
              <th scope="row">{rowLabel(r)}</th>
              <td>{formatNumber(r.quotes)}</td>
              <td>{pct(r.wordShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="link" onClick={() => downloadFile({ filename, mime: 'text/csv;charset=utf-8', parts: [sourcesCsv(stats)] })}>
        {t('sources_exportCsv')}
      </button>
    </div>
  );
}
