/**
 * A project with its own engine profile (an in-house log) and a system that uses it,
 * shared by the tests of project engine profiles.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder holding `files` (name → text). */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'archcap-engines-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export const PROFILE = `# An in-house log: leader-based, acknowledges after the leader's disk unless quorumAcks is on.
id: inhouse-log
name: In-house log
kind: log
topology: single-leader
replication: async
replicasPerRegion: false
defaultReplicas: 3
settings:
  quorumAcks:
    type: boolean
    default: false
    description: The leader acknowledges only after a majority of replicas have the entry.
    source: design-doc
references:
  design-doc: "Platform team, In-house log design document, section 4 (replication)"
  chaos-report: "Platform team, chaos test report 2026-03 (leader kill loses the unreplicated tail)"
base:
  references: [design-doc]
  messaging: { delivery: at-least-once, ordering: per-key }
rules:
  - id: quorum
    when: { settings.quorumAcks: true }
    gives:
      pacelc: PC/EC
      consistency: sequential
      onPartition: { reads: unavailable-minority, writes: unavailable-minority, ackedWritesLostOnFailover: false }
      explanation: Entries are acknowledged once a majority has them.
  - id: leader-only
    gives:
      pacelc: PA/EL
      consistency: eventual
      onPartition: { reads: unavailable-without-leader, writes: unavailable-without-leader, ackedWritesLostOnFailover: true }
      explanation: Entries are acknowledged by the leader alone; a failover drops the unreplicated tail.
      references: [chaos-report]
`;

export const SYSTEM = `version: 1
name: platform
regions: [aws:us-east-1]
requirements: { rpo: 0s }
messaging:
  - { name: audit, engine: inhouse-log, delivery: at-least-once, ordering: per-key }
  - { name: billing, engine: inhouse-log, settings: { quorumAcks: true } }
`;
