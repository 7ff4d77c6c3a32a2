import { beforeAll, describe, expect, it } from 'vitest';
import { loadChain, type Chain } from './helpers.js';

// ACLED-style notes written for these tests (same register as ACLED notes; no ACLED text is copied).
let chain: Chain;
beforeAll(async () => {
  chain = await loadChain();
});

const ACLED_CASES: Array<{ text: string; type: string; sub: string; killed?: number }> = [
  { text: 'On 3 May 2021, warplanes carried out airstrikes on militant positions near Sirte, killing 4 militants.', type: 'Explosions/Remote violence', sub: 'Air/drone strike', killed: 4 },
  { text: 'On 3 May 2021, a drone strike hit a vehicle near Marib.', type: 'Explosions/Remote violence', sub: 'Air/drone strike' },
  { text: 'On 3 May 2021, regime forces shelled the outskirts of a village in Idleb using artillery.', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack' },
  { text: 'On 3 May 2021, an IED exploded near a patrol on the road to Mosul, killing 2 soldiers.', type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', killed: 2 },
  { text: 'On 3 May 2021, a suicide bomber blew himself up at a checkpoint in Kabul, killing 6 people.', type: 'Explosions/Remote violence', sub: 'Suicide bomb', killed: 6 },
  { text: 'On 3 May 2021, unidentified men threw a hand grenade at a shop in Aden.', type: 'Explosions/Remote violence', sub: 'Grenade' },
  { text: 'On 3 May 2021, government forces used chlorine gas against rebel positions.', type: 'Explosions/Remote violence', sub: 'Chemical weapon' },
  { text: 'On 3 May 2021, clashes erupted between army soldiers and militants in Darfur, leaving 3 dead.', type: 'Battles', sub: 'Armed clash', killed: 3 },
  { text: 'On 3 May 2021, government forces recaptured the town of Saraqib from rebels.', type: 'Battles', sub: 'Government regains territory' },
  { text: 'On 3 May 2021, gunmen shot dead two civilians in a village near Daraa.', type: 'Violence against civilians', sub: 'Attack', killed: 2 },
  { text: 'On 3 May 2021, militants kidnapped three farmers near Kirkuk.', type: 'Violence against civilians', sub: 'Abduction/forced disappearance' },
  { text: 'On 3 May 2021, soldiers raped a woman in a village in Darfur.', type: 'Violence against civilians', sub: 'Sexual violence' },
  { text: 'On 3 May 2021, hundreds of teachers protested in front of the ministry in Beirut, demanding higher wages.', type: 'Protests', sub: 'Peaceful protest' },
  { text: 'On 3 May 2021, workers staged a sit-in in Tunis. Police dispersed the protesters with tear gas.', type: 'Protests', sub: 'Protest with intervention' },
  { text: 'On 3 May 2021, residents burned tires and blocked the main road in Tripoli, denouncing power cuts.', type: 'Riots', sub: 'Violent demonstration' },
  { text: 'On 3 May 2021, an angry mob attacked a man accused of theft in Khartoum.', type: 'Riots', sub: 'Mob violence' },
  { text: 'On 3 May 2021, the two sides signed a ceasefire agreement in Geneva.', type: 'Strategic developments', sub: 'Agreement' },
  { text: 'On 3 May 2021, police arrested 5 people in Baghdad.', type: 'Strategic developments', sub: 'Arrests' },
  { text: 'On 3 May 2021, army engineers defused an IED planted on a road near Raqqa.', type: 'Strategic developments', sub: 'Disrupted weapons use' },
  { text: 'On 3 May 2021, Turkish forces established a new military base near Idleb.', type: 'Strategic developments', sub: 'Headquarters or base established' },
  { text: 'On 3 May 2021, militants looted shops in the market of Kidal.', type: 'Strategic developments', sub: 'Looting/property destruction' },
  { text: 'On 3 May 2021, regime forces sent military reinforcements to Daraa.', type: 'Strategic developments', sub: 'Change to group/activity' },
  { text: 'On 3 May 2021, the rebels handed over control of the town to the army under a deal.', type: 'Strategic developments', sub: 'Non-violent transfer of territory' },
];

describe('English ACLED-style notes: event type, sub-type and fatalities', () => {
  it.each(ACLED_CASES)('$sub: $text', ({ text, type, sub, killed }) => {
    const { events } = chain.code(text, 'en', '2021-05-03');
    const e = events.find((x) => x.acled?.sub_event_type === sub);
    expect(e, JSON.stringify(events.map((x) => [x.type, x.mode, x.acled?.sub_event_type, x.evidence.trigger?.text]))).toBeDefined();
    expect(e?.acled?.event_type).toBe(type);
    if (killed !== undefined) expect(e?.fatalities?.min).toBe(killed);
    expect(e?.date.value).toBe('2021-05-03');
  });
});

describe('English PLOVER types', () => {
  it.each([
    { text: 'The two governments agreed to reopen the border crossing.', type: 'AGREE' },
    { text: 'The foreign minister visited Baghdad on Monday.', type: 'CONSULT', mode: 'visit' },
    { text: 'The president phoned his Turkish counterpart on Sunday.', type: 'CONSULT', mode: 'phone' },
    { text: 'The European Union welcomed the agreement.', type: 'SUPPORT' },
    { text: 'The government released 50 prisoners on Monday.', type: 'CONCEDE' },
    { text: 'The two armies held joint military exercises near the border.', type: 'COOPERATE' },
    { text: 'The United Nations delivered humanitarian aid to the besieged town.', type: 'AID' },
    { text: 'The army withdrew from the town on Friday.', type: 'RETREAT' },
    { text: 'The opposition demanded the resignation of the prime minister.', type: 'REQUEST' },
    { text: 'Egypt condemned the bombing of the church.', type: 'ACCUSE' },
    { text: 'The parliament rejected the proposal on Tuesday.', type: 'REJECT' },
    { text: 'The militia threatened to attack the oil terminal.', type: 'THREATEN' },
    { text: 'Thousands of people protested in the capital on Friday.', type: 'PROTEST' },
    { text: 'Washington imposed sanctions on three officials.', type: 'SANCTION' },
    { text: 'The army deployed troops along the border.', type: 'MOBILIZE' },
    { text: 'Police arrested a journalist in Cairo.', type: 'COERCE', mode: 'arrest' },
    { text: 'Gunmen attacked a checkpoint in Sinai.', type: 'ASSAULT' },
  ])('$type: $text', ({ text, type, mode }) => {
    const { events } = chain.code(text, 'en', '2021-05-03');
    const e = events.find((x) => x.type === type);
    expect(e, JSON.stringify(events.map((x) => [x.type, x.mode, x.evidence.trigger?.text]))).toBeDefined();
    if (mode) expect(e?.mode).toBe(mode);
  });
});

describe('English modality, non-events and attribution', () => {
  it.each([
    { text: 'The army denied that its aircraft bombed the hospital.', type: 'ASSAULT', modality: 'negated' },
    { text: 'The government will deploy more troops next week.', type: 'MOBILIZE', modality: 'future' },
    { text: 'If the rebels attack the city, civilians will suffer.', type: 'ASSAULT', modality: 'hypothetical' },
    { text: 'The group claimed it shot down a drone.', type: 'COERCE', modality: 'reported-claim' },
  ])('$modality: $text', ({ text, type, modality }) => {
    const { events } = chain.code(text, 'en', '2021-05-03');
    expect(events.find((x) => x.type === type)?.modality).toBe(modality);
  });

  it.each([
    'The striker scored twice as his team beat the champions in the league.',
    'Prices fell sharply on the stock market after the announcement.',
  ])('no violent event: %s', (text) => {
    const { events } = chain.code(text, 'en', '2021-05-03');
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('attributes to the speaker of "said" and to according-to sources', () => {
    const { events } = chain.code('Militants attacked a checkpoint near Arish, an army spokesman said.', 'en', '2021-05-03');
    expect(events.find((e) => e.type === 'ASSAULT')?.attribution[0]).toMatchObject({ role: 'spokesman' });
    const b = chain.code('According to Reuters, police arrested 5 people in Baghdad.', 'en', '2021-05-03').events;
    expect(b.find((e) => e.type === 'COERCE')?.attribution[0]).toMatchObject({ text: 'Reuters', role: 'agency' });
  });
});
