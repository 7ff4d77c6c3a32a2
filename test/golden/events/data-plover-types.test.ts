import { beforeAll, describe, expect, it } from 'vitest';
import { loadIntentMap, toPloverType } from '../../../src/eval/events/plover.js';
import { loadChain, type Chain } from './helpers.js';

// English trigger coverage per PLOVER type (data/lexicon/en/triggers/*.yaml). Sentences are short quotes from
// the PLOVER gold records (PLOVER_GSR_CAMEO, CC BY-SA 4.0, Open Event Data Alliance) and ACLED notes.
let chain: Chain;
beforeAll(async () => {
  chain = await loadChain();
});

const CASES: Array<{ text: string; date: string; type: string; why: string }> = [
  { text: 'Switzerland expelled two Russian diplomats based in Geneva for spying.', date: '1990-01-10', type: 'SANCTION', why: 'expelling diplomats' },
  { text: 'Japan has halted economic aid to Serbia in line with Western efforts to end the fighting there.', date: '1991-10-01', type: 'SANCTION', why: 'halting aid (aid is the object)' },
  { text: 'The United Nations on Tuesday reduced food supplies to the biggest Cambodian refugee camp in Thailand.', date: '1989-05-02', type: 'SANCTION', why: 'reducing supplies' },
  { text: 'A French minister has cancelled a planned visit to Haiti after a state of siege was declared.', date: '1989-10-01', type: 'SANCTION', why: 'cancelling a visit' },
  { text: 'The Mozambique government on Thursday accepted demands from Shona rebels that it initiate political reforms.', date: '1990-03-01', type: 'CONCEDE', why: 'accepting demands' },
  { text: 'President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan.', date: '1989-08-01', type: 'CONCEDE', why: 'easing a curfew' },
  { text: "Sudan's government on Sunday lifted a state of emergency in West Darfur State.", date: '2004-01-01', type: 'CONCEDE', why: 'lifting a state of emergency' },
  { text: 'The Nigerian Union of Teachers announced Thursday that it has called off a four-day strike after deliberations with the government.', date: '1995-01-01', type: 'CONCEDE', why: 'calling off a strike' },
  { text: 'The Israeli army lifted Friday a day-old blockade on Palestinian lorries passing through this crossing point.', date: '1996-01-01', type: 'RETREAT', why: 'lifting a blockade de-escalates' },
  { text: 'The pro-Iranian Hizbollah group declared a unilateral ceasefire on Wednesday in south Lebanon.', date: '1988-05-01', type: 'RETREAT', why: 'a unilateral ceasefire' },
  { text: 'One third of ethnic Albanian guerrillas operating in Macedonia have been demobilized, two rebel commanders told AFP.', date: '2001-09-01', type: 'RETREAT', why: 'demobilising' },
  { text: 'Vice-President Moody Awori has declined to resign despite growing pressure.', date: '2006-01-01', type: 'REJECT', why: 'declining' },
  { text: 'A senior British minister reiterated that Libya must hand over alleged bombers of the U.S. airliner.', date: '1992-01-01', type: 'REQUEST', why: 'an obligation stated for another party' },
  { text: 'Ethnic Albanians have sworn to fight until they gain control of villages near the border.', date: '2001-01-01', type: 'THREATEN', why: 'vowing to fight' },
  { text: 'Nigerian junior foreign minister Dubem Oniya summoned the ambassador to complain of inaction over the gangs.', date: '1990-01-01', type: 'ACCUSE', why: 'summoning an ambassador' },
  { text: 'The United States continued to send arms to Pakistan last year, a State Department spokesman said.', date: '1990-01-01', type: 'AID', why: 'sending arms' },
  { text: 'U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde on Friday.', date: '1994-04-01', type: 'AID', why: 'evacuating the wounded' },
  { text: 'Israeli intelligence officials have shared evidence with the U.S. about contacts between al Qaeda and Iraq.', date: '2002-01-01', type: 'COOPERATE', why: 'sharing evidence' },
  { text: 'Argentina has apologized to Brazil for one of its gunboats intercepting a Brazilian ship.', date: '1990-01-01', type: 'SUPPORT', why: 'apologising (CAMEO 055)' },
  { text: 'Israel has strengthened its forces in Lebanon, military sources said today.', date: '1990-01-01', type: 'MOBILIZE', why: 'reinforcing forces' },
  { text: 'North Korea has tried to hack into the computers of South Korean army officers, officials said Tuesday.', date: '2004-01-01', type: 'COERCE', why: 'hacking' },
  { text: 'The British government on Monday outlawed the largest Protestant extremist organization in Northern Ireland.', date: '1992-08-10', type: 'COERCE', why: 'outlawing a group' },
];

describe('data: English triggers per PLOVER type', () => {
  it.each(CASES)('$type ($why): $text', (c) => {
    const { events } = chain.code(c.text, 'en', c.date);
    const got = events.filter((e) => e.modality !== 'negated').map((e) => e.type);
    expect(got).toContain(c.type);
  });
});

describe('data: words that are states, not acts', () => {
  it('"the outlawed party" is not a ban (ACLED note)', () => {
    const text = 'On 3 May 2020, dozens of supporters of the outlawed National Congress Party demonstrated in Kosti (White Nile state).';
    const { events } = chain.code(text, 'en', '2020-05-03');
    expect(events.filter((e) => e.type === 'COERCE').map((e) => e.evidence.trigger?.text)).toEqual([]);
    expect(events.some((e) => e.type === 'PROTEST')).toBe(true);
  });
});

describe('data: PLOVER intent mapping (data/ontology/plover.yaml)', () => {
  const intent = loadIntentMap();
  it.each([
    ['Portugal will support Turkey\'s efforts to become a full member of the European Community.', 'AGREE'],
    ['Palestinian leaders said they would boycott all official contact with the United States.', 'THREATEN'],
  ])('%s → %s', (text, want) => {
    const { events } = chain.code(text, 'en', '1990-01-01');
    const future = events.find((e) => e.modality === 'future');
    expect(future).toBeDefined();
    if (future) expect(toPloverType(future, intent)).toBe(want);
  });
});
