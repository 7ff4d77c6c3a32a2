import { isLatinName, toArabicKeys } from '../../geo/keys.js';

/** Match keys of an actor name: folded Arabic (with/without ال) or a Latin key (case-insensitive). */
export function toActorKeys(name: string): string[] {
  if (isLatinName(name)) {
    // Acronyms keep their letters only: "I.S." → "is"; Latin keys keep articles (al-Shabaab ≠ Shabaab town).
    const key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.]/g, '').replace(/[-‐_,()/]/g, ' ').replace(/\s+/g, ' ').trim();
    return key.length > 0 ? [key] : [];
  }
  return toArabicKeys(name).slice(0, 1);
}

