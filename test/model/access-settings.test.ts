// A data set's own read/write settings are checked against its store engine's profile, at their line.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSystemText } from '../../src/model/load.js';
import { testDeps } from '../helpers/deps.js';

const system = (store: string, dataset: string): string => `version: 1
name: access
datastores:
  - ${store}
datasets:
  - ${dataset}
`;

async function diagnostics(text: string): Promise<{ code: string; message: string; line: number; column: number }[]> {
  try {
    loadSystemText('access.yaml', text, await testDeps());
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  return [];
}

describe("a data set's own read and write settings", () => {
  it('accepts the names its engine declares, with values of the setting they override', async () => {
    expect(await diagnostics(system('{ name: c, engine: cassandra, replicas: 3 }', '{ name: d, store: c, reads: { consistency: LOCAL_QUORUM }, writes: { consistency: EACH_QUORUM } }'))).toEqual([]);
    expect(await diagnostics(system('{ name: m, engine: mongodb, replicas: 3 }', '{ name: d, store: m, reads: { readConcern: majority, readPreference: nearest }, writes: { writeConcern: majority } }'))).toEqual([]);
  });

  it('rejects a name the engine does not let an operation choose, listing the accepted ones, at its line', async () => {
    const [d] = await diagnostics(system('{ name: c, engine: cassandra, replicas: 3 }', '{ name: d, store: c, reads: { readConcern: majority } }'));
    expect(d).toMatchObject({ code: 'unknown-access-setting', line: 6 });
    expect(d!.message).toContain('accepted: consistency');
  });

  it('rejects a value the store setting does not accept, listing the accepted values', async () => {
    const [d] = await diagnostics(system('{ name: c, engine: cassandra, replicas: 3 }', '{ name: d, store: c, reads: { consistency: STRONG } }'));
    expect(d).toMatchObject({ code: 'invalid-access-setting', line: 6 });
    expect(d!.message).toContain('LOCAL_QUORUM');
  });

  it('rejects a Cosmos DB request level stronger than the account level (a request may only relax it)', async () => {
    const [d] = await diagnostics(system('{ name: c, engine: cosmosdb, replicas: 4, settings: { consistencyLevel: Session } }', '{ name: d, store: c, reads: { consistencyLevel: Strong } }'));
    expect(d).toMatchObject({ code: 'stronger-access-setting', line: 6 });
    expect(d!.message).toContain('Session, ConsistentPrefix, Eventual');
  });
});
