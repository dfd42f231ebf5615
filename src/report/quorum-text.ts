/**
 * `archcap quorum` for a terminal: overlap and fault tolerance, what a sloppy
 * quorum changes, and the PBS t-visibility table when one was simulated.
 */
import type { PbsResult } from '../analysis/pbs.js';
import type { QuorumAnalysis } from '../analysis/quorum.js';
import { textTable } from './text-table.js';

export interface QuorumResult extends QuorumAnalysis {
  sloppy: boolean;
  /** What a sloppy quorum does to this configuration. */
  sloppyNote: string;
  pbs?: PbsResult & { source?: string };
}

export function sloppyNote(q: QuorumAnalysis, sloppy: boolean): string {
  const effect =
    'with a sloppy quorum (Dynamo-style hinted handoff) a write may be acknowledged by fallback nodes outside the N home replicas while some of them are unreachable; ' +
    'writes stay available, but a read of R home replicas can miss them until the hints are handed back, so R + W > N no longer guarantees that a read sees the last write';
  if (sloppy) return `Sloppy: ${effect}.`;
  return q.intersects ? `Strict (not sloppy). If made sloppy: ${effect}.` : 'Strict (not sloppy); with R + W ≤ N there is no overlap to lose.';
}

/** A probability in percent; never rounds a value below 1 up to 100%. */
const pct = (p: number): string => {
  if (p >= 1) return '100%';
  const s = (p * 100).toFixed(p >= 0.99 ? 3 : 2);
  if (Number(s) >= 100) return '> 99.999%';
  return `${s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}%`;
};
const ms = (x: number): string => (x === Infinity ? '∞' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const yes = (b: boolean): string => (b ? 'yes' : 'no');

export function quorumText(result: QuorumResult): string {
  const q = result;
  const out = [`Quorum N=${q.n} R=${q.r} W=${q.w}${q.sloppy ? ' (sloppy)' : ''}`, ''];
  out.push(
    ...textTable(
      ['property', 'value'],
      [
        ['read/write overlap (R + W > N)', `${yes(q.overlap)}${q.intersects && !q.overlap ? ' (sets intersect, but the quorum is sloppy)' : ''}`],
        ['write/write overlap (2W > N)', yes(q.writesIntersect)],
        ['majority of N', `${q.majority}`],
        ['replicas down, writes still succeed', `${q.writeFaultTolerance} (N − W)`],
        ['replicas down, reads still succeed', `${q.readFaultTolerance} (N − R)`],
      ],
    ),
  );
  out.push('', q.explanation, q.sloppyNote);
  if (q.pbs) out.push('', ...pbsLines(q.pbs));
  return `${out.join('\n')}\n`;
}

function pbsLines(p: NonNullable<QuorumResult['pbs']>): string[] {
  const out = [`Probabilistically bounded staleness: ${p.model}, ${p.trials.toLocaleString('en-US')} trials, seed ${p.seed}`];
  if (p.strict) out.push('R + W > N: every read sees the last acknowledged write at t = 0 (strict quorum).');
  out.push('', ...textTable(['t after commit (ms)', 'P(read sees the write)'], p.consistency.map((c) => [`${c.tMs}`, pct(c.probability)]), ['right', 'right']));
  out.push('', ...textTable(['probability', 't needed (ms)'], p.tVisibility.map((t) => [pct(t.probability), ms(t.tMs)]), ['right', 'right']));
  const l = (x: { p50: number; p99: number; p999: number }): string => `p50 ${ms(x.p50)} ms, p99 ${ms(x.p99)} ms, p99.9 ${ms(x.p999)} ms`;
  out.push('', `read latency:  ${l(p.readLatency)}`, `write latency: ${l(p.writeLatency)}`);
  if (p.source) out.push(`source: ${p.source}`);
  return out;
}
