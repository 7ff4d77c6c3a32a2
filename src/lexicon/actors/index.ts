export { loadActorDictionary, type ActorDictionary, type ActorDictionaryOptions, type ActorMatch, type ActorMatchContext } from './dictionary.js';
export { guessSector } from './guess-sector.js';
export { SECTORS } from './schema.js';
