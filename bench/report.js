/** The printed table: one row per figure, its target, and whether it was met (information only). */

/**
 * @typedef {{ figure: string, value: number, unit: string, target?: { text: string, met: boolean }, note?: string }} Row
 */

const fmt = (/** @type {number} */ value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** A duration for a note: "12.3 ms". @param {number} value */
export const ms = (value) => `${fmt(value)} ms`;

/** Terminal columns: CJK characters take two. @param {string} text */
const width = (text) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
const pad = (/** @type {string} */ text, /** @type {number} */ to) =>
  text + ' '.repeat(Math.max(0, to - width(text)));

/** @param {Row[]} rows */
export function formatTable(rows) {
  const lines = rows.map((row) => [
    row.figure,
    `${fmt(row.value)} ${row.unit}`,
    row.target?.text ?? '',
    row.target ? (row.target.met ? 'met' : 'NOT met') : '',
    row.note ?? '',
  ]);
  const header = ['Figure', 'Value', 'Target', '', 'Note'];
  const widths = header.map((h, i) => Math.max(width(h), ...lines.map((line) => width(line[i]))));
  const render = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, i) => pad(cell, widths[i]))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n');
}

/** @param {number} value @param {'<' | '<=' | '>='} op @param {number} limit @param {string} unit */
export function target(value, op, limit, unit = '') {
  const met = op === '<' ? value < limit : op === '<=' ? value <= limit : value >= limit;
  return { text: `${op} ${limit}${unit}`, met };
}
