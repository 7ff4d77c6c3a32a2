import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDoc } from '../../src/types.js';

/**
 * Generated short news reports for the durability tests: Arabic and English, varied templates,
 * places, actors and outcomes, each unique (its casualty count is its index), each with a date.
 */

const AR_PLACES = ['سرت', 'بنغازي', 'طرابلس', 'مصراتة', 'درنة', 'حلب', 'إدلب', 'حمص', 'الموصل', 'تعز', 'عدن', 'صنعاء', 'غزة', 'الرقة'];
const EN_PLACES = ['Sirte', 'Benghazi', 'Tripoli', 'Misrata', 'Aleppo', 'Idlib', 'Homs', 'Mosul', 'Taiz', 'Aden', 'Sanaa', 'Gaza', 'Raqqa'];
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const AR_TEMPLATES: Array<(v: Vars) => string> = [
  (v) => `${v.place} - وكالات\nقتل ${v.n} أشخاص وأصيب ${v.m} آخرون في غارة جوية استهدفت سوقا شعبيا في مدينة ${v.place} يوم ${v.date}، بحسب مصدر طبي.\nوقال شهود إن الطائرات حلقت فوق المدينة لساعات.`,
  (v) => `${v.place}\nأعلنت السلطات المحلية في ${v.place} يوم ${v.date} اعتقال ${v.n} شخصا يشتبه في انتمائهم إلى خلية مسلحة.\nوأوضح مصدر أمني أن العملية جرت دون إطلاق نار.`,
  (v) => `تظاهر ${v.n} شخصا على الأقل في وسط ${v.place} يوم ${v.date} احتجاجا على انقطاع الكهرباء وارتفاع الأسعار.\nورفع المتظاهرون لافتات تطالب باستقالة الحكومة.`,
  (v) => `${v.place} - مراسلنا\nانفجرت سيارة مفخخة قرب حاجز أمني في ${v.place} يوم ${v.date} ما أسفر عن مقتل ${v.n} من عناصر الأمن وإصابة ${v.m} مدنيين.\nولم تعلن أي جهة مسؤوليتها عن التفجير.`,
  (v) => `قصفت القوات الحكومية أحياء في ${v.place} يوم ${v.date} بقذائف المدفعية، وقال ناشطون إن ${v.n} مدنيا قتلوا بينهم أطفال.\nونزحت عشرات العائلات نحو الريف.`,
];

const EN_TEMPLATES: Array<(v: Vars) => string> = [
  (v) => `${v.place} (Reuters) - An air strike on a market in ${v.place} killed ${v.n} people and wounded ${v.m} on ${v.date}, medical sources said.\nWitnesses said aircraft circled the city for hours.`,
  (v) => `Security forces arrested ${v.n} suspected militants in ${v.place} on ${v.date}, a police spokesman said.\nNo shots were fired during the raid.`,
  (v) => `At least ${v.n} people protested in central ${v.place} on ${v.date} against power cuts and rising prices.\nDemonstrators called on the government to resign.`,
  (v) => `A car bomb exploded near a checkpoint in ${v.place} on ${v.date}, killing ${v.n} members of the security forces and wounding ${v.m} civilians.\nNo group claimed responsibility.`,
  (v) => `Government artillery shelled districts of ${v.place} on ${v.date}; activists said ${v.n} civilians were killed, including children.\nDozens of families fled to the countryside.`,
];

interface Vars {
  place: string;
  n: number;
  m: number;
  date: string;
}

/** The `i`-th generated report (deterministic; distinct for every `i`). */
export function makeReport(i: number): { name: string; text: string; published: string } {
  const arabic = i % 3 !== 2;
  const day = 1 + (i * 7) % 28;
  const month = (i * 5) % 12;
  const year = 2014 + (i % 6);
  const n = i + 2;
  const m = 3 + (i * 11) % 40;
  const templates = arabic ? AR_TEMPLATES : EN_TEMPLATES;
  const places = arabic ? AR_PLACES : EN_PLACES;
  const place = places[(i * 13) % places.length]!;
  const date = arabic ? `${day} ${AR_MONTHS[month]} ${year}` : `${EN_MONTHS[month]} ${day}, ${year}`;
  const text = templates[Math.floor(i / 3) % templates.length]!({ place, n, m, date });
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { name: `report-${String(i).padStart(4, '0')}.${arabic ? 'ar' : 'en'}.txt`, text, published };
}

/** Writes `count` reports as text files into `dir`; returns their paths. */
export function writeReports(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const report = makeReport(i);
    const path = join(dir, report.name);
    writeFileSync(path, `${report.text}\n`);
    return path;
  });
}

/** `count` reports as source documents, ready to enqueue. */
export function makeReportDocs(count: number, offset = 0): SourceDoc[] {
  return Array.from({ length: count }, (_, k) => {
    const report = makeReport(offset + k);
    return { origin: report.name, body: report.text, format: 'text', published: report.published };
  });
}
