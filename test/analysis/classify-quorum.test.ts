import { describe, expect, it } from 'vitest';
import { quorumOverlap } from '../../src/analysis/classify-quorum.js';

describe('Cassandra consistency-level overlap', () => {
  it('finds QUORUM writes and reads overlapping with RF 3', () => {
    expect(quorumOverlap('QUORUM', 'QUORUM', [3])).toBe('global');
  });

  it('finds ONE and ONE not overlapping with RF 3', () => {
    expect(quorumOverlap('ONE', 'ONE', [3])).toBe('none');
  });

  it('finds ALL writes and ONE reads overlapping (W = RF)', () => {
    expect(quorumOverlap('ALL', 'ONE', [3])).toBe('global');
    expect(quorumOverlap('ONE', 'ALL', [3, 3])).toBe('global');
  });

  it('treats LOCAL_QUORUM on both sides as overlapping only within a region when there are several', () => {
    expect(quorumOverlap('LOCAL_QUORUM', 'LOCAL_QUORUM', [3])).toBe('global');
    expect(quorumOverlap('LOCAL_QUORUM', 'LOCAL_QUORUM', [3, 3])).toBe('local');
  });

  it('makes EACH_QUORUM writes visible to LOCAL_QUORUM reads in every region', () => {
    expect(quorumOverlap('EACH_QUORUM', 'LOCAL_QUORUM', [3, 3, 3])).toBe('global');
  });

  it('sees that a LOCAL_QUORUM write can be missed by a global QUORUM read', () => {
    expect(quorumOverlap('LOCAL_QUORUM', 'QUORUM', [3, 3])).toBe('none');
  });

  it('counts QUORUM across all regions (4 of 6 with two regions of 3)', () => {
    expect(quorumOverlap('QUORUM', 'QUORUM', [3, 3])).toBe('global');
    expect(quorumOverlap('QUORUM', 'TWO', [3, 3])).toBe('none');
    expect(quorumOverlap('QUORUM', 'THREE', [3, 3])).toBe('global');
  });

  it('never lets ANY writes overlap with anything short of ALL', () => {
    expect(quorumOverlap('ANY', 'QUORUM', [3])).toBe('none');
  });
});
