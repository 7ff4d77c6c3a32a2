import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { createExtractor } from '../../src/pipeline/run.js';
import { readInputs } from '../../src/sources/index.js';
import { ingestAll } from '../../src/service/ingest.js';
import { tempDir } from '../helpers/cli.js';

describe('incidents across sources', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('joins an Arabic and an English report of one drone strike into one incident with two sources and a count range', async () => {
    const store = await openStore(join(tmp.dir, 'incidents.db'));
    try {
      const extract = createExtractor();
      const files = ['examples/synthetic-misrata-strike-2020-05-14.ar.txt', 'examples/synthetic-misrata-strike-2020-05-14.en.txt'];
      const summary = await ingestAll(readInputs(files, { published: '2020-05-14' }), { store, extract });
      expect(summary.inserted).toBe(2);
      const strikes = await store.queryEvents({ type: ['ASSAULT'], acledType: ['Explosions/Remote violence'] });
      const incidentIds = new Set(strikes.items.map((e) => e.incident_id));
      expect(incidentIds.size).toBe(1);
      const incident = await store.getIncident([...incidentIds][0]!);
      expect(incident?.document_ids).toHaveLength(2);
      expect(incident?.sources.length).toBe(2);
      expect(incident?.grade).toBe('fair');
      expect(incident?.counts['killed']?.min).toBe(3);
      expect(incident?.location?.country).toBe('LY');
    } finally {
      await store.close();
    }
  });
});
