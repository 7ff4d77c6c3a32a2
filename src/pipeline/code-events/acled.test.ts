import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../lexicon/triggers/index.js';
import type { PloverType } from '../../types.js';
import { toAcled } from './acled.js';
import type { Candidate, Side } from './types.js';

const party = (side: Side): Candidate => ({
  text: side, span: [0, 1], tokens: [0, 1], name: side, nameAr: null, id: null, country: null, sector: null, inter: null, side, source: 'generic',
});

describe('ACLED type from event properties (data/ontology/acled.yaml)', () => {
  const o = loadOntology();
  it.each([
    { type: 'ASSAULT', mode: 'aerial', flags: [], a: ['state'], r: ['nonstate'], sub: 'Air/drone strike' },
    { type: 'ASSAULT', mode: 'aerial', flags: ['two-sided'], a: ['state', 'nonstate'], r: [], sub: 'Air/drone strike' },
    { type: 'ASSAULT', mode: 'heavy-weapons', flags: [], a: ['nonstate'], r: ['civilian'], sub: 'Shelling/artillery/missile attack' },
    { type: 'ASSAULT', mode: 'suicide-attack', flags: [], a: [], r: [], sub: 'Suicide bomb' },
    { type: 'ASSAULT', mode: 'explosives', flags: [], a: [], r: [], sub: 'Remote explosive/landmine/IED' },
    { type: 'ASSAULT', mode: 'grenade', flags: [], a: [], r: [], sub: 'Grenade' },
    { type: 'ASSAULT', mode: 'chemical', flags: [], a: ['state'], r: [], sub: 'Chemical weapon' },
    { type: 'ASSAULT', mode: 'clash', flags: ['two-sided'], a: ['state', 'nonstate'], r: [], sub: 'Armed clash' },
    { type: 'ASSAULT', mode: 'occupy', flags: ['territory-gain'], a: ['state'], r: [], sub: 'Government regains territory' },
    { type: 'ASSAULT', mode: 'occupy', flags: ['territory-gain'], a: ['nonstate'], r: [], sub: 'Non-state actor overtakes territory' },
    { type: 'RETREAT', mode: 'withdraw', flags: ['territory-transfer'], a: ['state'], r: [], sub: 'Non-violent transfer of territory' },
    { type: 'ASSAULT', mode: 'firearms', flags: [], a: ['nonstate'], r: ['civilian'], sub: 'Attack' },
    { type: 'ASSAULT', mode: 'abduct', flags: ['one-sided'], a: ['nonstate'], r: ['civilian'], sub: 'Abduction/forced disappearance' },
    { type: 'ASSAULT', mode: 'sexual', flags: ['one-sided'], a: ['state'], r: [], sub: 'Sexual violence' },
    { type: 'PROTEST', mode: 'demo', flags: [], a: ['protesters'], r: [], sub: 'Peaceful protest' },
    { type: 'PROTEST', mode: 'demo', flags: ['intervention'], a: ['protesters'], r: [], sub: 'Protest with intervention' },
    { type: 'PROTEST', mode: 'demo', flags: ['lethal-force'], a: ['protesters'], r: [], sub: 'Excessive force against protesters' },
    { type: 'PROTEST', mode: 'riot', flags: [], a: [], r: [], sub: 'Violent demonstration' },
    { type: 'PROTEST', mode: 'mob', flags: [], a: [], r: [], sub: 'Mob violence' },
    { type: 'AGREE', mode: 'ceasefire', flags: ['ceasefire'], a: ['state'], r: ['nonstate'], sub: 'Agreement' },
    { type: 'COERCE', mode: 'arrest', flags: [], a: ['state'], r: ['civilian'], sub: 'Arrests' },
    { type: 'COERCE', mode: 'demine', flags: ['disrupted-weapons'], a: ['state'], r: [], sub: 'Disrupted weapons use' },
    { type: 'MOBILIZE', mode: 'base', flags: ['base'], a: ['state'], r: [], sub: 'Headquarters or base established' },
    { type: 'COERCE', mode: 'loot', flags: [], a: [], r: [], sub: 'Looting/property destruction' },
    { type: 'MOBILIZE', mode: 'reinforce', flags: [], a: ['state'], r: [], sub: 'Change to group/activity' },
  ])('$type/$mode $flags → $sub', ({ type, mode, flags, a, r, sub }) => {
    const out = toAcled(o, {
      type: type as PloverType, mode, flags: new Set(flags), actors: a.map((s) => party(s as Side)), recipients: r.map((s) => party(s as Side)), killed: false,
    });
    expect(out?.sub_event_type).toBe(sub);
    expect(out?.disorder_type).toBeTruthy();
  });

  it('does not code talks and statements', () => {
    expect(toAcled(o, { type: 'CONSULT', mode: 'visit', flags: new Set(), actors: [], recipients: [], killed: false })).toBeNull();
  });
});
