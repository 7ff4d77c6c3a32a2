import { readdirSync } from 'node:fs';
import type { ActorEntry } from '../../types.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../paths.js';
import { listDataFiles, readYamlFile, resolveUserDir } from '../overrides/index.js';
import { toActorKeys } from './keys.js';
import { actorFileSchema, type ActorFile } from './schema.js';

export interface DictionaryRecord {
  entry: ActorEntry;
  generic: boolean;
  head: boolean;
  /** ACLED name template for generic agents (`{country}`). */
  template: string | null;
}

export interface ActorTables {
  records: Map<string, DictionaryRecord>;
  keys: Map<string, string[]>;
  maxWords: number;
}

function toDate(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

function addKeys(tables: ActorTables, id: string, names: string[]): void {
  for (const name of names) {
    for (const key of toActorKeys(name)) {
      const list = tables.keys.get(key) ?? [];
      if (!list.includes(id)) list.push(id);
      tables.keys.set(key, list);
      tables.maxWords = Math.max(tables.maxWords, key.split(' ').length);
    }
  }
}

/** Applies one file: entries (replacing same ids), generic agents, aliases, removals. */
export function applyActorFile(tables: ActorTables, file: ActorFile, origin: string): void {
  for (const a of file.actors) {
    tables.records.set(a.id, {
      entry: {
        id: a.id, name: a.name, nameAr: a.ar[0] ?? null, country: a.country, sector: a.sector, acledInter: a.inter,
        acledName: a.acled ?? null, validFrom: toDate(a.from), validTo: toDate(a.to),
      },
      generic: false, head: false, template: null,
    });
    addKeys(tables, a.id, [a.name, ...a.ar, ...a.en]);
  }
  for (const g of file.generic) {
    tables.records.set(g.id, {
      entry: { id: g.id, name: g.name, nameAr: g.ar[0] ?? null, country: g.country ?? null, sector: g.sector, acledInter: g.inter, acledName: null },
      generic: true, head: g.head, template: g.acled ?? null,
    });
    addKeys(tables, g.id, [...g.ar, ...g.en]);
  }
  for (const [id, names] of Object.entries(file.aliases)) {
    if (!tables.records.has(id)) throw new MarsadError('E_DATA', `${origin}: alias for unknown actor ${id}`, { origin });
    addKeys(tables, id, names);
  }
  for (const id of file.remove) tables.records.delete(id);
}

/** Base files data/actors/*.yaml (sorted), then the user's <dir>/actors/*.yaml. */
export function loadActorTables(userDir?: string): ActorTables {
  const tables: ActorTables = { records: new Map(), keys: new Map(), maxWords: 1 };
  const base = readdirSync(dataPath('actors')).filter((f) => f.endsWith('.yaml')).sort().map((f) => dataPath('actors', f));
  for (const file of [...base, ...listDataFiles(resolveUserDir(userDir), 'actors', ['.yaml', '.yml'])]) {
    applyActorFile(tables, readYamlFile(file, actorFileSchema), file);
  }
  return tables;
}
