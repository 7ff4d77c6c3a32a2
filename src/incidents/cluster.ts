import { createHash } from 'node:crypto';
import type { EventLocation, Incident, IncidentGrade, MarsadEvent, PlacePrecision } from '../types.js';
import { actorsCompatible, actorsConflict, datesCompatible, locationsCompatible, typesCompatible } from './compatibility.js';

/** One event with the document facts clustering needs. */
export interface ClusterMember {
  event: MarsadEvent;
  documentId: string;
  source: string | null;
  published: string | null;
}

/** An incident with its member events (clustering compares new events to members, not to the summary). */
export interface IncidentState {
  incident: Incident;
  members: ClusterMember[];
}

export interface ClusterResult {
  /** Incidents created or changed, with their full member lists. */
  changed: IncidentState[];
  /** Incident ids merged into another and now gone. */
  removed: string[];
  assignments: Array<{ eventId: string; incidentId: string }>;
}

const PRECISION_RANK: PlacePrecision[] = ['point', 'neighbourhood', 'city', 'admin2', 'admin1', 'country', 'region'];
const FINE = new Set<PlacePrecision>(['point', 'neighbourhood', 'city']);

/** True when the new member may join an incident that already holds `existing`. */
export function sameIncident(a: ClusterMember, b: ClusterMember): boolean {
  if (!typesCompatible(a.event, b.event)) return false;
  if (!datesCompatible(a.event, b.event)) return false;
  if (!locationsCompatible(a.event.location, b.event.location)) return false;
  if (actorsCompatible(a.event, b.event)) return true;
  // Competing claims about one precisely placed incident still belong together (graded 'contested').
  return FINE.has(a.event.location?.precision ?? 'region') && FINE.has(b.event.location?.precision ?? 'region');
}

export function incidentIdFor(firstEventId: string): string {
  return `inc_${createHash('sha256').update(firstEventId).digest('hex').slice(0, 16)}`;
}

/**
 * Assigns new events to incidents, incrementally: an event joins the incident it matches, starts a new one
 * when none matches, and merges incidents it bridges (the older id survives; the merge is recorded).
 */
export function assignIncidents(incoming: ClusterMember[], candidates: IncidentState[], now: string): ClusterResult {
  const states = new Map<string, IncidentState>(candidates.map((s) => [s.incident.id, { incident: { ...s.incident, history: [...(s.incident.history ?? [])] }, members: [...s.members] }]));
  const changed = new Set<string>();
  const removed: string[] = [];
  const assignments: Array<{ eventId: string; incidentId: string }> = [];

  for (const member of incoming) {
    const matches = [...states.values()].filter((s) => s.members.some((m) => sameIncident(member, m)));
    let target: IncidentState;
    if (matches.length === 0) {
      target = { incident: emptyIncident(incidentIdFor(member.event.id), member.event, now), members: [] };
      states.set(target.incident.id, target);
    } else {
      matches.sort(byAge);
      target = matches[0] as IncidentState;
      for (const other of matches.slice(1)) {
        target.members.push(...other.members);
        target.incident.history?.push({ at: now, kind: 'merged', ids: [other.incident.id], reason: `event ${member.event.id} matches both incidents` });
        states.delete(other.incident.id);
        changed.delete(other.incident.id);
        removed.push(other.incident.id);
      }
      target.incident.history?.push({ at: now, kind: 'joined', ids: [member.event.id], reason: 'same type, compatible date, place and actors' });
    }
    target.members.push(member);
    changed.add(target.incident.id);
  }

  const result: IncidentState[] = [];
  for (const id of changed) {
    const state = states.get(id);
    if (!state) continue;
    state.incident = summarize(state);
    result.push(state);
    for (const m of state.members) assignments.push({ eventId: m.event.id, incidentId: id });
  }
  return { changed: result, removed, assignments };
}

function byAge(a: IncidentState, b: IncidentState): number {
  const ea = a.incident.earliest_report ?? '9999';
  const eb = b.incident.earliest_report ?? '9999';
  return ea === eb ? a.incident.id.localeCompare(b.incident.id) : ea.localeCompare(eb);
}

function emptyIncident(id: string, event: MarsadEvent, now: string): Incident {
  return {
    id, type: event.type, acled_event_type: event.acled?.event_type ?? null, date: null, date_end: null, location: null,
    event_ids: [], document_ids: [], sources: [], counts: {}, earliest_report: null, grade: 'weak',
    history: [{ at: now, kind: 'created', ids: [event.id], reason: 'no matching incident' }],
  };
}

/** Recomputes an incident's summary fields from its members. */
export function summarize(state: IncidentState): Incident {
  const { members } = state;
  const dates = members.map((m) => m.event.date.value).filter((d): d is string => d !== null).sort();
  const ends = members.map((m) => m.event.date.end ?? m.event.date.value).filter((d): d is string => d !== null).sort();
  const published = members.map((m) => m.published).filter((d): d is string => d !== null).sort();
  return {
    ...state.incident,
    event_ids: unique(members.map((m) => m.event.id)),
    document_ids: unique(members.map((m) => m.documentId)),
    sources: unique(members.map((m) => m.source ?? m.documentId)),
    date: dates[0] ?? null,
    date_end: ends.at(-1) ?? null,
    location: mostPrecise(members.map((m) => m.event.location)),
    counts: countRanges(members),
    earliest_report: published[0] ?? null,
    grade: grade(members),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function mostPrecise(locations: Array<EventLocation | null>): EventLocation | null {
  const known = locations.filter((l): l is EventLocation => l !== null);
  known.sort((a, b) => PRECISION_RANK.indexOf(a.precision) - PRECISION_RANK.indexOf(b.precision));
  return known[0] ?? null;
}

function countRanges(members: ClusterMember[]): Incident['counts'] {
  const counts: Incident['counts'] = {};
  const widen = (kind: string, min: number | null, max: number | null): void => {
    const upper = max ?? min;
    const current = counts[kind];
    if (!current) {
      counts[kind] = { min, max: upper };
      return;
    }
    if (min !== null) current.min = current.min === null ? min : Math.min(current.min, min);
    if (upper !== null) current.max = current.max === null ? upper : Math.max(current.max, upper);
  };
  for (const { event } of members) {
    for (const q of event.quantities) widen(q.kind, q.min, q.max);
    if (event.fatalities) widen('fatalities', event.fatalities.min, event.fatalities.max);
  }
  return counts;
}

/** Airwars-style grade: contested beats confirmed beats fair beats weak. */
export function grade(members: ClusterMember[]): IncidentGrade {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i];
      const b = members[j];
      if (a && b && actorsConflict(a.event, b.event)) return 'contested';
    }
  }
  if (members.some((m) => claimsResponsibility(m.event))) return 'confirmed';
  const sources = new Set(members.map((m) => (m.source ?? m.documentId).toLowerCase()));
  return sources.size >= 2 ? 'fair' : 'weak';
}

/**
 * An asserted event attributed to a speaker of its own actor (a ministry announcing its own strikes).
 * An actor mention that is itself the attribution phrase is no claim: that is the coder reading the speaker as the doer.
 */
function claimsResponsibility(event: MarsadEvent): boolean {
  if (event.modality && event.modality !== 'asserted' && event.modality !== 'reported-claim') return false;
  const speakers = event.attribution.filter((a) => a.role !== 'outlet' && a.role !== 'witness' && a.role !== 'correspondent');
  return speakers.some((a) => event.actors.some((actor) => {
    if (a.span && actor.span[0] < a.span[1] && a.span[0] < actor.span[1]) return false;
    return (actor.id !== null && actor.id !== undefined && a.name === actor.name)
      || a.text.includes(actor.text) || (actor.name_ar ? a.text.includes(actor.name_ar) : false);
  }));
}
