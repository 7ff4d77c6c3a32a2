export { listDataFiles, parseYamlSource, readTsvFile, readYamlFile, readYamlValue, resolveUserDir } from './read-data-file.js';
export { COMPILED_YAML_DIRS, COMPILED_YAML_PATH, toCompiledKey, toSourceHash, type CompiledYaml } from './compiled-yaml.js';
