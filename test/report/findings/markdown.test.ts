import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdown } from '../../../src/report/findings/markdown.js';
import { EMPTY, FAILED, MIXED, SPECIAL } from '../../fixtures/report/results.js';

/** Cells of a table row, split on pipes that are not escaped. */
const cells = (row: string): string[] => row.slice(2, -2).split(/(?<!\\)\|/).map((c) => c.trim());
const rows = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Line') && !l.startsWith('| ---'));

describe('markdown', () => {
  it('escapes Markdown and HTML so a message renders as written', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('*x* _y_ `z` [l](u) ~s~ \\')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\\\');
    expect(escapeMarkdown('<b> & </b>')).toBe('&lt;b&gt; &amp; &lt;/b&gt;');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
  });

  it('says so in one line when nothing was found', () => {
    expect(markdown(EMPTY.findings, EMPTY.ctx)).toBe('**archcap**: no problems found in 3 files.');
  });

  it('starts with a summary, then one table per file with findings', () => {
    const out = markdown(MIXED.findings, MIXED.ctx);
    const lines = out.split('\n');
    expect(lines[0]).toBe('**archcap**: 6 problems (2 errors, 3 warnings, 1 info, 1 suppressed) in 2 of 3 files checked.');
    expect(lines.filter((l) => l.startsWith('#### '))).toEqual(['#### `checkout.yaml`', '#### `services/payments.yaml`']);
    expect(lines.filter((l) => l === '| Line | Severity | Rule | Message |')).toHaveLength(2);
    expect(rows(out)).toHaveLength(7);
    expect(out).not.toContain('clean.yaml');
  });

  it('shows line, a text severity marker, the rule (linked to its docs when known) and the message', () => {
    const [first, , suppressed, info] = rows(markdown(MIXED.findings, MIXED.ctx)).map(cells);
    expect(first).toEqual([
      '12:5',
      '**error**',
      '[`latency/quorum-exceeds-sla`](https://en.wikipedia.org/wiki/Paxos_%28computer_science%29)',
      'Commit needs 151 ms (floor) but the write SLA is p99 150ms.',
    ]);
    expect(info!.slice(0, 3)).toEqual(['48:5', 'info', '`lock/missing-fencing`']);
    expect(suppressed![3]).toBe('order-service calls inventory-service with no timeout. _(suppressed: inventory-service answers from memory)_');
  });

  it('uses no emoji', () => {
    for (const { findings, ctx } of [MIXED, FAILED, SPECIAL]) {
      expect(markdown(findings, ctx)).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it('lists a file that failed to load', () => {
    const out = markdown(FAILED.findings, FAILED.ctx);
    expect(out).toContain('#### `broken.yaml`');
    expect(rows(out).map(cells)[0]).toEqual(['3:7', '**error**', '`archcap/invalid-input`', 'Unexpected ":" in a plain scalar']);
  });

  it('keeps a row of four cells however many pipes and line breaks the message holds', () => {
    const out = markdown(SPECIAL.findings, SPECIAL.ctx);
    expect(out).toContain('#### `données/système #1.yaml`');
    const [row] = rows(out);
    expect(row!.includes('\n')).toBe(false);
    const message = cells(row!)[3]!;
    expect(cells(row!)).toHaveLength(4);
    expect(message).toContain('&lt;ap-southeast-1&gt; \\| 東京 ≤ 50% latency, p99: 200ms<br>second line<br>third');
  });
});
