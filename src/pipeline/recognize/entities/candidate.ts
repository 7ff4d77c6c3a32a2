import type { EntityType } from '../../../types.js';

/** A mention before it is cut out of the article: token range [from, to) within the sentence plus char span. */
export interface Candidate {
  type: EntityType;
  from: number;
  to: number;
  start: number;
  end: number;
  source: 'pattern' | 'model';
  country?: string | null;
}
