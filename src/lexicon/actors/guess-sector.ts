import { foldKey } from '../../text/index.js';

/**
 * Head words → PLOVER sector, for actor phrases no dictionary entry covers. Ordered: the first rule whose
 * word appears in the phrase wins (قوات الشرطة → COP before قوات → MIL).
 */
const RULES: Array<[string, RegExp]> = [
  ['COP', /(?:^|\s)(?:ال)?(?:شرطه|شرطي|امن عام|دوريه)|police|gendarm/],
  ['SPY', /(?:^|\s)(?:ال)?(?:مخابرات|استخبارات)|intelligence/],
  ['JUD', /(?:^|\s)(?:ال)?(?:محكمه|قضاء|قاضي|نيابه|نائب عام)|court|judge|prosecutor/],
  ['LEG', /(?:^|\s)(?:ال)?(?:برلمان|مجلس النواب|مجلس الشعب|نواب|كنيست)|parliament|lawmaker|legislat|\bmps?\b/],
  ['PTY', /(?:^|\s)(?:ال)?(?:حزب|احزاب)|party|parties/],
  ['REB', /(?:^|\s)(?:ال)?(?:متمردين|متمردون|ثوار|معارضه مسلحه|فصائل|فصيل|تنظيم|جماعه|كتيبه|كتائب|لواء|الويه|مليشيا|ميليشيا)|rebel|insurgent|militant|militia|faction/],
  ['UAF', /(?:^|\s)(?:ال)?(?:مسلح|مسلحون|مسلحين|مجهول|ملثم)|gunm[ae]n|armed men|unidentified/],
  ['MIL', /(?:^|\s)(?:ال)?(?:جيش|جنود|جندي|قوات|عسكري|سلاح الجو|طيران|بحريه|حرس)|army|soldier|troops|forces|military|air force|navy/],
  ['GOV', /(?:^|\s)(?:ال)?(?:حكومه|وزاره|وزير|رئيس|رئاسه|مجلس الوزراء|محافظ|سلطات|بلديه)|government|ministry|minister|president|authorities|governor|mayor/],
  ['CVL', /(?:^|\s)(?:ال)?(?:مدنيين|مدنيون|سكان|مواطنين|مواطنون|اهالي|متظاهرين|متظاهرون|محتجين|محتجون)|civilian|resident|protester|demonstrator/],
  ['JRN', /(?:^|\s)(?:ال)?(?:صحفي|صحفيين|اعلامي|مراسل)|journalist|reporter/],
  ['MED', /(?:^|\s)(?:ال)?(?:طبيب|اطباء|مسعف|مستشفى)|doctor|medic|hospital/],
  ['REL', /(?:^|\s)(?:ال)?(?:امام|شيخ|كنيسه|مسجد|رجال دين)|cleric|imam|church|mosque/],
  ['BUS', /(?:^|\s)(?:ال)?(?:شركه|شركات|رجل اعمال)|company|firm|business/],
  ['NGO', /(?:^|\s)(?:ال)?(?:منظمه|جمعيه)|organi[sz]ation|charity|ngo/],
];

/** A sector guess from the words of an actor phrase, or null when nothing points anywhere. */
export function guessSector(text: string): string | null {
  const key = foldKey(text);
  for (const [sector, pattern] of RULES) if (pattern.test(key)) return sector;
  return null;
}
