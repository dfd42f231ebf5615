import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../../src/report/findings/github.js';
import { CWD, EMPTY, FAILED, MIXED, SPECIAL, SPECIAL_MESSAGE, context } from '../../fixtures/report/results.js';

/** The runner's reading of a workflow command: `::name props::data`, props split on `,` then `=`. */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } {
  const match = /^::(\S+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string): string =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(
    match[2]!.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), unescape(pair.slice(at + 1))];
    }),
  );
  return { command: match[1]!, props, data: unescape(match[3]!) };
}

describe('github', () => {
  it('escapes data the way GitHub documents: %, CR and LF', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes properties as data, plus the delimiters : and ,', () => {
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('prints nothing for an empty run', () => {
    expect(github(EMPTY.findings, EMPTY.ctx)).toBe('');
  });

  it('prints one command per unsuppressed finding, notice for info', () => {
    const lines = github(MIXED.findings, MIXED.ctx).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      '::error file=checkout.yaml,line=12,col=5,title=latency/quorum-exceeds-sla::Commit needs 151 ms (floor) but the write SLA is p99 150ms.',
    );
    expect(lines.map((l) => parseCommand(l).command)).toEqual(['error', 'warning', 'notice', 'error', 'warning', 'warning']);
    expect(lines.some((l) => l.includes('inventory-service'))).toBe(false);
  });

  it('reports a file that failed to load as an error annotation at its position', () => {
    expect(github(FAILED.findings, FAILED.ctx).split('\n')[0]).toBe(
      '::error file=broken.yaml,line=3,col=7,title=archcap/invalid-input::Unexpected ":" in a plain scalar',
    );
  });

  it('keeps a multi-line message with % and colons on one line that reads back exactly', () => {
    const out = github(SPECIAL.findings, SPECIAL.ctx);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toContain('\r');
    expect(out).toContain('≤ 50%25 latency, p99: 200ms%0Asecond line%0D%0Athird');
    const parsed = parseCommand(out);
    // BEL is shown as an escape, not sent to the log.
    expect(parsed.data).toBe(SPECIAL_MESSAGE.replace('\u0007', '\\u0007'));
    expect(parsed.props).toEqual({ file: 'données/système #1.yaml', line: '4', col: '3', title: 'timeout/missing' });
  });

  it('escapes commas and colons in a file name so they cannot split the properties', () => {
    const file = `${CWD}/odd, name:v2.yaml`;
    const findings = [{ ...MIXED.findings[0]!, file }];
    const out = github(findings, context({ files: [file] }));
    expect(out).toContain('file=odd%2C name%3Av2.yaml,line=30,col=9,title=retry/no-jitter::');
    expect(parseCommand(out).props.file).toBe('odd, name:v2.yaml');
  });
});
