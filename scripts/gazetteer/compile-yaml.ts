/**
 * Compiles the committed YAML data read at start-up (data/{actors,gazetteer,places}/*.yaml) into
 * data/compiled/yaml.json: each file's SHA-1 and parsed value. The YAML stays the source of truth (a stale
 * entry is ignored at run time; test/golden/geo/compiled-yaml.test.ts fails until this is rerun).
 * Deterministic. Run: npx tsx scripts/gazetteer/compile-yaml.ts (also run by scripts/build-gazetteer.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../../src/lexicon/paths.js';
import {
  COMPILED_YAML_DIRS, COMPILED_YAML_PATH, parseYamlSource, toCompiledKey, toSourceHash, type CompiledYaml,
} from '../../src/lexicon/overrides/index.js';

/** The compiled form of the committed YAML files, in a stable order. */
export function compileYaml(): CompiledYaml {
  const files: CompiledYaml['files'] = {};
  for (const dir of COMPILED_YAML_DIRS) {
    for (const name of readdirSync(dataPath(dir)).filter((f) => f.endsWith('.yaml')).sort()) {
      const path = join(dataPath(dir), name);
      const key = toCompiledKey(path);
      if (key === null) continue;
      const source = readFileSync(path, 'utf8');
      files[key] = { sha1: toSourceHash(source), value: parseYamlSource(source, path) };
    }
  }
  return { version: 1, files };
}

/** Writes data/compiled/yaml.json. */
export function writeCompiledYaml(): void {
  mkdirSync(dirname(COMPILED_YAML_PATH), { recursive: true });
  writeFileSync(COMPILED_YAML_PATH, `${JSON.stringify(compileYaml())}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeCompiledYaml();
  process.stderr.write(`wrote ${COMPILED_YAML_PATH}\n`);
}
