import { Args, Flags } from '@oclif/core';
import { leaderCommitLatency, legBetween } from '../analysis/physics.js';
import { majority } from '../analysis/quorum.js';
import { findRegion, knownRegionIds } from '../knowledge/regions.js';
import { regionsKnowledge } from '../knowledge/regions-load.js';
import { UsageError } from '../errors.js';
import { latencyText, regionList, regionListText, unknownRegionMessage, type LatencyResult, type RegionListResult } from '../report/latency-text.js';
import { BaseCommand } from '../cli/base-command.js';

function known(id: string): string {
  if (!findRegion(id)) throw new UsageError(unknownRegionMessage(id, knownRegionIds()));
  return id;
}

/** `aws:us-east-1=2,aws:eu-west-1=2` → replicas per region. */
function parsePlacement(text: string): Record<string, number> {
  const placement: Record<string, number> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+)=(\d+)$/.exec(part);
    if (!m || Number(m[2]) < 1) throw new UsageError(`--placement takes REGION=COUNT pairs with COUNT ≥ 1, e.g. aws:us-east-1=2,aws:eu-west-1=1; got '${part}'`);
    placement[known(m[1]!.trim())] = (placement[m[1]!.trim()] ?? 0) + Number(m[2]);
  }
  if (Object.keys(placement).length === 0) throw new UsageError('--placement is empty');
  return placement;
}

export default class Latency extends BaseCommand {
  static override summary = 'Round-trip floor and typical RTT between regions; commit latency of a majority quorum.';
  static override description =
    'For every pair of regions: the great-circle distance, the least round trip light in fibre allows (2 × distance at 200 km/ms) and the typical round trip — measured where a public source gives one (AWS, cloudping.co), otherwise estimated from the floor and labelled so. Then the time a leader in the first region waits for a majority of the replicas (one per region, or --placement).';
  static override examples = [
    '<%= config.bin %> latency aws:us-east-1 aws:eu-west-1',
    '<%= config.bin %> latency aws:us-east-1 aws:us-west-2 aws:eu-west-1 --placement aws:us-east-1=2,aws:us-west-2=2,aws:eu-west-1=1',
    '<%= config.bin %> latency gcp:europe-west1 azure:westeurope --json',
    '<%= config.bin %> latency --list',
  ];
  static override enableJsonFlag = true;
  static override strict = false;
  static override args = { regions: Args.string({ description: 'two or more region ids, e.g. aws:us-east-1 gcp:europe-west1 (the first leads the commit)' }) };
  static override flags = {
    placement: Flags.string({ aliases: ['replicas'], description: 'replicas per region for the commit: REGION=COUNT,… (default: one in each given region; alias --replicas)' }),
    list: Flags.boolean({ description: 'list the known regions, grouped by provider' }),
  };

  async run(): Promise<LatencyResult | RegionListResult> {
    const { argv, flags } = await this.parse(Latency);
    if (flags.list) {
      const list = regionList(regionsKnowledge().regions.values());
      if (!this.jsonEnabled()) process.stdout.write(regionListText(list));
      return list;
    }
    const given = [...new Set((argv as string[]).map(known))];
    const placement = flags.placement ? parsePlacement(flags.placement) : Object.fromEntries(given.map((id) => [id, 1]));
    const ids = [...new Set([...given, ...Object.keys(placement)])];
    if (given.length === 0 || ids.length < 2) throw new UsageError('give two or more regions, e.g. `archcap latency aws:us-east-1 aws:eu-west-1`; `archcap latency --list` lists the known ones');
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => legBetween(a, b)));
    const leader = given[0]!;
    const replicas = Object.values(placement).reduce((s, k) => s + k, 0);
    const commit = leaderCommitLatency(leader, placement);
    const result: LatencyResult = {
      regions: ids.map((id) => { const r = findRegion(id)!; return { id, displayName: r.displayName, ...(r.city ? { city: r.city } : {}) }; }),
      pairs,
      commit: { leader, placement, replicas, majority: majority(replicas), floorMs: commit.floorMs, typicalMs: commit.typicalMs, explanation: commit.explanation },
      sources: [...new Set([...pairs, ...commit.dominant.typical].map((p) => p.typicalSource))],
    };
    if (!this.jsonEnabled()) process.stdout.write(latencyText(result));
    return result;
  }
}
