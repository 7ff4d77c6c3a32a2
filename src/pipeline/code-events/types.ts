import type { ActorMatch, Analysis, ResolvedPlace, Span } from '../../types.js';
import type { TriggerSense } from '../../lexicon/triggers/index.js';

export type { ActorMatch };

/** Chooses the event location among resolved places (the geocode stage's `pickEventLocation` fits). */
export type LocationPicker = (
  places: ResolvedPlace[],
  sentenceSpan: Span,
  triggerSpan: Span,
) => { place: ResolvedPlace | null; reason: string };

export type Side = 'state' | 'nonstate' | 'civilian' | 'protesters' | 'rioters' | 'external' | 'unknown';

/** A possible actor or recipient: a dictionary match, an entity mention or a generic noun. */
export interface Candidate {
  text: string;
  span: Span;
  tokens: [number, number];
  name: string;
  nameAr: string | null;
  id: string | null;
  country: string | null;
  sector: string | null;
  inter: number | null;
  side: Side;
  /** True for force phrases and armed nouns (قوات X, gunmen) even when their side is unknown. */
  armed?: boolean;
  /** A country adjective or demonym standing alone for its state (الغارات الأميركية, US air strikes). */
  nisba?: boolean;
  /** A person's name (PER mention): in Arabic it closes its noun phrase, so it never merges with what follows. */
  person?: boolean;
  /** Folded last name of a person named in full, so a later bare surname (السراج) resolves to them. */
  surname?: string | null;
  /** Where it came from: dictionary beats model mention beats generic noun. */
  source: 'dictionary' | 'mention' | 'generic' | 'place';
}

/** A trigger occurrence that will become an event (or a reference to one). */
export interface TriggerHit {
  sense: TriggerSense;
  /** Part of speech in context: an Arabic verb form written with ال or a preposition is its verbal noun. */
  pos: TriggerSense['pos'];
  from: number;
  to: number;
  sentence: number;
  clause: [number, number];
  /** Token index of a support verb governing a noun trigger (شن غارات, carried out strikes). */
  governor: number | null;
  /** Mode after refinement by instruments in the clause. */
  mode: string | null;
  /** Set when the trigger only refers to an earlier or reported event (object of a reaction, background). */
  reference: 'object' | 'background' | null;
  /** For reactions: the referenced trigger hits in their object. */
  objects: TriggerHit[];
}

export interface DocumentContext {
  analysis: Analysis;
  places: ResolvedPlace[];
  candidates: Candidate[];
}
