/**
 * Needs in the words of the business ("a double charge", "overselling") and what they
 * mean for a data set: invariants, the consistency model they call for, and an RPO of
 * zero for data that must survive a failover. Invariant ids are the knowledge base's.
 */
import type { AnswerValue, Choice, Scope } from './types.js';

interface Need {
  id: string;
  name: string;
  invariants?: string[];
  consistency?: string;
  rpoZero?: boolean;
  why: string;
}

export const NEEDS: readonly Need[] = [
  { id: 'duplicate', name: 'the same thing happens twice (a double charge, a double booking, two orders for one checkout)', invariants: ['unique-key'], why: 'one row per key: the second of two concurrent inserts must fail' },
  { id: 'oversell', name: 'a count goes below zero (overselling stock, overdrawing a balance, overbooking seats)', invariants: ['non-negative'], why: 'concurrent decrements must see each other, or two can take the last unit' },
  { id: 'dangling', name: 'a record points at something that does not exist (an order line without its order)', invariants: ['foreign-key'], why: 'the referenced row must exist when the reference is written' },
  { id: 'lost', name: 'something the user was told is done is lost, even in a failover (a confirmed order or payment)', rpoZero: true, why: 'an acknowledged write must already be on another replica: RPO 0' },
  { id: 'stale-own', name: 'a user does not see what they just did (a post missing after posting)', consistency: 'read-your-writes', why: 'a user’s reads must follow their own writes' },
  { id: 'stale-any', name: 'anyone sees an old value after a newer one was confirmed (a stale balance shown)', consistency: 'linearizable', why: 'every read must return the latest confirmed write' },
  { id: 'lost-update', name: 'two concurrent updates silently overwrite each other', consistency: 'serializable', why: 'concurrent read-modify-writes must behave as if one ran after the other' },
];

/** Strongest first: when needs ask for several models, the strongest is required. */
const STRENGTH = ['strict-serializable', 'linearizable', 'serializable', 'snapshot-isolation', 'read-your-writes', 'causal', 'read-committed', 'eventual'];

export const needChoices = (): Choice[] => NEEDS.map((n) => ({ value: n.id, name: n.name }));

const chosen = (s: Scope): Need[] => {
  const ids = s.item['_needs'];
  return Array.isArray(ids) ? NEEDS.filter((n) => ids.includes(n.id)) : [];
};

/** What the needs of the data set being asked imply, each with its plain-language reason. */
export function deriveFromNeeds(s: Scope): Array<{ id: string; value: AnswerValue; why: string }> {
  const needs = chosen(s);
  const out: Array<{ id: string; value: AnswerValue; why: string }> = [];
  const invariants = [...new Set(needs.flatMap((n) => n.invariants ?? []))].filter((i) => s.kb.invariants.has(i as never));
  if (invariants.length) out.push({ id: 'invariants', value: invariants, why: needs.filter((n) => n.invariants).map((n) => n.why).join('; ') });
  const models = needs.map((n) => n.consistency).filter((m): m is string => m !== undefined);
  const strongest = STRENGTH.find((m) => models.includes(m));
  if (strongest) out.push({ id: 'consistency', value: strongest, why: needs.find((n) => n.consistency === strongest)!.why });
  const lost = needs.find((n) => n.rpoZero);
  if (lost) out.push({ id: 'requirements.rpo', value: '0s', why: lost.why });
  return out;
}
