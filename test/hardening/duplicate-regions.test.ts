import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-dupregions-'));

describe('duplicate regions', () => {
  it('refuses a region listed twice in a store, at the repeated entry', () => {
    const file = join(scratch, 'dup.yaml');
    writeFileSync(file, `version: 1
name: dup
regions: [aws:us-east-1, aws:eu-west-1]
datastores:
  - name: events
    engine: cassandra
    regions: [aws:us-east-1, aws:eu-west-1, aws:us-east-1]
    replicas: 3
    settings: { readConsistency: LOCAL_QUORUM, writeConsistency: LOCAL_QUORUM }
`);
    const r = archcap(['lint', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:7:45: datastores[0].regions[2]: region 'aws:us-east-1' is listed twice (first at datastores[0].regions[0])`);
  });

  it('refuses a region listed twice at the top level', () => {
    const file = join(scratch, 'dup-top.yaml');
    writeFileSync(file, 'version: 1\nname: dup\nregions: [aws:us-east-1, aws:us-east-1]\n');
    const r = archcap(['lint', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:3:26: regions[1]: region 'aws:us-east-1' is listed twice`);
  });
});
