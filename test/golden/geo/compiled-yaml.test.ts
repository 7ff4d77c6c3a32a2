import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../../src/lexicon/paths.js';
import {
  COMPILED_YAML_DIRS, COMPILED_YAML_PATH, parseYamlSource, toCompiledKey, toSourceHash, type CompiledYaml,
} from '../../../src/lexicon/overrides/index.js';

const compiled = JSON.parse(readFileSync(COMPILED_YAML_PATH, 'utf8')) as CompiledYaml;
const files = COMPILED_YAML_DIRS.flatMap((dir) => readdirSync(dataPath(dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(dataPath(dir), f)));

describe('data/compiled/yaml.json is up to date (else run: npx tsx scripts/gazetteer/compile-yaml.ts)', () => {
  it.each(files.map((f) => [toCompiledKey(f) ?? f, f]))('%s', (key, path) => {
    const source = readFileSync(path, 'utf8');
    const entry = compiled.files[key];
    expect(entry?.sha1).toBe(toSourceHash(source));
    expect(entry?.value).toEqual(parseYamlSource(source, path));
  });

  it('lists no file that no longer exists', () => {
    expect(Object.keys(compiled.files).sort()).toEqual(files.map((f) => toCompiledKey(f)).sort());
  });
});
