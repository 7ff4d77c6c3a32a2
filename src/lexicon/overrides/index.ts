export { listDataFiles, readTsvFile, readYamlFile, resolveUserDir } from './read-data-file.js';
