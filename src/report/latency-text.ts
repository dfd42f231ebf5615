/**
 * `archcap latency` for a terminal: every pair of regions (distance, the fibre
 * floor, the typical round trip and whether it was measured), the commit latency
 * of a majority quorum, the known regions, and the message for an unknown one.
 */
import type { Leg } from '../analysis/physics.js';
import type { RegionInfo } from '../knowledge/regions.js';
import { closest } from '../model/validate.js';
import { textTable } from './text-table.js';

export interface LatencyResult {
  regions: Array<{ id: string; displayName: string; city?: string }>;
  pairs: Leg[];
  commit: {
    leader: string;
    placement: Record<string, number>;
    replicas: number;
    majority: number;
    floorMs: number;
    typicalMs: number;
    explanation: string;
  };
  /** Where each typical value comes from, one entry per distinct source. */
  sources: string[];
}

export interface RegionListResult {
  providers: Record<string, Array<{ id: string; displayName: string; city?: string; lat: number; lon: number; jurisdictions: string[] }>>;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(1) : x.toFixed(0));

export function latencyText(result: LatencyResult): string {
  const out = ['Round trips between regions (floor: 2 × great-circle distance at 200 km/ms in fibre)', ''];
  const rows = result.pairs.map((p) => [p.from, p.to, Math.round(p.distanceKm).toLocaleString('en-US'), ms(p.floorMs), ms(p.typicalMs), p.typicalKind]);
  out.push(...textTable(['from', 'to', 'distance km', 'floor ms', 'typical ms', 'typical is'], rows, ['left', 'left', 'right', 'right', 'right', 'left']));
  const c = result.commit;
  const placement = Object.entries(c.placement).map(([r, k]) => `${r}×${k}`).join(', ');
  out.push('', `Majority commit led from ${c.leader}: ${c.majority} of ${c.replicas} replicas (${placement})`);
  out.push(...textTable(['commit', 'ms'], [['floor (physics)', ms(c.floorMs)], ['typical', ms(c.typicalMs)]], ['left', 'right']));
  out.push(c.explanation, '', 'Sources:', ...result.sources.map((s) => `  - ${s}`));
  return `${out.join('\n')}\n`;
}

export function regionListText(list: RegionListResult): string {
  const out: string[] = [];
  for (const [provider, regions] of Object.entries(list.providers)) {
    out.push(`${provider} (${regions.length} regions)`);
    out.push(...textTable(['id', 'name', 'city', 'jurisdictions'], regions.map((r) => [r.id, r.displayName, r.city ?? '', r.jurisdictions.join(', ')])), '');
  }
  return `${out.join('\n')}`;
}

export function regionList(regions: Iterable<RegionInfo>): RegionListResult {
  const providers: RegionListResult['providers'] = {};
  for (const r of regions) {
    const group = (providers[r.provider ?? 'custom'] ??= []);
    group.push({ id: r.id, displayName: r.displayName, ...(r.city ? { city: r.city } : {}), lat: r.location.lat, lon: r.location.lon, jurisdictions: r.jurisdictions });
  }
  for (const group of Object.values(providers)) group.sort((a, b) => a.id.localeCompare(b.id));
  return { providers };
}

/**
 * An unknown region id, with the known ids it most likely meant: the same name
 * under each provider (`us-east-1` → `aws:us-east-1`), then the nearest by edit
 * distance (`aws:us-east-3` → `aws:us-east-1`, `aws:us-east-2`).
 */
export function unknownRegionMessage(input: string, known: readonly string[]): string {
  const bare = input.toLowerCase().replace(/^[^:]*:/, '');
  const hints = known.filter((id) => id.slice(id.indexOf(':') + 1).toLowerCase() === bare);
  let rest = known.filter((id) => !hints.includes(id));
  for (let i = 0; hints.length < 4 && i < 4; i++) {
    const next = closest(input, rest);
    if (!next) break;
    hints.push(next);
    rest = rest.filter((id) => id !== next);
  }
  const didYouMean = hints.length ? ` (did you mean ${hints.map((h) => `'${h}'`).join(', ')}?)` : '';
  return `unknown region '${input}'${didYouMean}; \`archcap latency --list\` lists the known regions`;
}
