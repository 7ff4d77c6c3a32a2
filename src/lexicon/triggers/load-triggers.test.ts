import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../types.js';
import { loadOntology } from './load-ontology.js';
import { loadTriggerLexicon } from './load-triggers.js';

describe('trigger lexicons', () => {
  it.each(['ar', 'en'] as const)('%s covers all 16 PLOVER types with over a hundred lemmas', (lang) => {
    const lx = loadTriggerLexicon(lang);
    const types = new Set<string>();
    for (const list of lx.triggers.values()) for (const e of list) types.add(e.value.type);
    expect([...types].sort()).toEqual([...PLOVER_TYPES].sort());
    expect(lx.lemmas).toBeGreaterThan(100);
  });

  it('reaches every ACLED sub-event type from some rule', () => {
    const o = loadOntology();
    const reached = new Set(o.acledRules.map((r) => `${r.acled[0]}|${r.acled[1]}`));
    for (const [type, subs] of Object.entries(o.acledSubTypes)) {
      for (const sub of subs) if (sub !== 'Other') expect(reached, `${type} / ${sub}`).toContain(`${type}|${sub}`);
    }
    expect(Object.values(o.acledSubTypes).flat()).toHaveLength(25);
  });

  it('layers a user directory: adds a trigger and removes one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-triggers-'));
    mkdirSync(join(dir, 'lexicon', 'en', 'triggers'), { recursive: true });
    writeFileSync(
      join(dir, 'lexicon', 'en', 'triggers', 'local.yaml'),
      '- { verb: [bombard], type: ASSAULT, mode: heavy-weapons, cameo: "194" }\n- { verb: [visit], type: CONSULT, remove: true }\n',
    );
    const lx = loadTriggerLexicon('en', { userDir: dir });
    expect(lx.triggers.get('bombarded')?.[0]?.value.mode).toBe('heavy-weapons');
    expect(lx.triggers.get('visited')?.some((e) => e.value.type === 'CONSULT') ?? false).toBe(false);
  });

  it('rejects an invalid record with the file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-triggers-'));
    mkdirSync(join(dir, 'lexicon', 'ar', 'triggers'), { recursive: true });
    writeFileSync(join(dir, 'lexicon', 'ar', 'triggers', 'bad.yaml'), '- { verb: [قصف], type: BOMB }\n');
    expect(() => loadTriggerLexicon('ar', { userDir: dir })).toThrow(/bad\.yaml/);
  });
});
