import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../src/pipeline/clean/index.js';
import type { Article, SourceDoc } from '../../src/types.js';

const clean = createCleaner();
const AR_BODY = 'قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف حيا سكنيا في مدينة درنة، وفق ما أفاد مصدر طبي.';
const AR_MORE = 'وقال المصدر إن بين المصابين طفلين، وإن القصف تجدد صباح اليوم بعد ليلة من الاشتباكات المتقطعة.';
const EN_BODY = 'Three civilians were killed and five wounded when artillery shells hit a residential district, a medical source said.';
const EN_MORE = 'The shelling resumed on Tuesday morning after a night of sporadic clashes, residents said.';

function run(lines: string[], extra: Partial<SourceDoc> = {}): Article {
  return clean({ origin: 'test', body: lines.join('\n'), format: 'text', title: null, ...extra });
}

describe('createCleaner: boilerplate removed and kept as metadata', () => {
  it.each([
    ['ar credit in parentheses', [AR_BODY, 'مقاتلون في إحدى المعارك بمدينة سرت (رويترز)', AR_MORE], 'caption', 'مقاتلون في إحدى المعارك بمدينة سرت'],
    ['ar caption (الجزيرة)', ['دخان يتصاعد من مبنى بعد الغارة (الجزيرة)', AR_BODY], 'caption', 'دخان يتصاعد من مبنى بعد الغارة'],
    ['ar caption (أسوشيتد برس)', [AR_BODY, 'متظاهرون يرفعون لافتات في الساحة (أسوشيتد برس)'], 'caption', 'متظاهرون يرفعون لافتات في الساحة'],
    ['ar caption (غيتي)', [AR_BODY, 'جنود عند حاجز تفتيش قرب الحدود (غيتي)'], 'caption', 'جنود عند حاجز تفتيش قرب الحدود'],
    ['ar caption (الفرنسية)', [AR_BODY, 'آليات عسكرية على طريق سريع (الفرنسية)'], 'caption', 'آليات عسكرية على طريق سريع'],
    ['ar caption label', [AR_BODY, 'التعليق على الصورة، سكان يتفقدون الأضرار بعد القصف'], 'caption', 'سكان يتفقدون الأضرار بعد القصف'],
    ['en caption with REUTERS/ credit in ar report', [AR_BODY, 'Smoke rises over the city after an air strike, August 1, 2016. REUTERS/Jane Doe', AR_MORE], 'caption', 'Smoke rises over the city after an air strike, August 1, 2016.'],
    ['en caption with AP Photo credit', [EN_BODY, 'Residents inspect a damaged building in the city. (AP Photo/John Roe)', EN_MORE], 'caption', 'Residents inspect a damaged building in the city.'],
    ['en caption with Getty credit', [EN_BODY, 'A fighter walks past a destroyed car. Mahmud Turkia/AFP via Getty Images'], 'caption', 'A fighter walks past a destroyed car.'],
  ])('%s', (_name, lines, kind, caption) => {
    const article = run(lines);
    expect(article.metadata.captions).toContain(caption);
    expect(article.metadata.removed.map((r) => r.kind)).toContain(kind);
    expect(article.text).not.toContain(caption);
    expect(article.diagnostics.map((d) => d.code)).toContain('caption-removed');
  });

  it.each([
    ['REUTERS/Goran Tomasevic', 'REUTERS/Goran Tomasevic'],
    ['AFP PHOTO / MAHMUD TURKIA', 'AFP PHOTO / MAHMUD TURKIA'],
    ['Photo: Reuters', 'Reuters'],
    ['Getty Images', 'Getty Images'],
    ['مصدر الصورة، Getty Images', 'Getty Images'],
    ['تصوير: أحمد علي', 'أحمد علي'],
  ])('credit line %s', (line, credit) => {
    const article = run([AR_BODY, line, AR_MORE]);
    expect(article.metadata.credits).toContain(credit);
    expect(article.text).toBe(`${AR_BODY}\n\n${AR_MORE}`);
  });

  it.each([
    ['شارك'], ['شارك الخبر'], ['تابعنا على فيسبوك وتويتر'], ['اقرأ أيضا: مقتل جنديين في هجوم على نقطة تفتيش'],
    ['اقرأ أيضاً:'], ['فيسبوك تويتر واتساب'], ['Share this article'], ['Read more: Clashes erupt in the capital'],
    ['Facebook Twitter WhatsApp Email'], ['Advertisement'], ['Follow us on Twitter'],
  ])('share/navigation line %s', (line) => {
    const article = run([AR_BODY, line, AR_MORE]);
    expect(article.text).toBe(`${AR_BODY}\n\n${AR_MORE}`);
    expect(article.metadata.removed.some((r) => r.text === line)).toBe(true);
  });

  it('drops the headlines listed after a related-articles heading, up to the next sentence', () => {
    const article = run([AR_BODY, 'مواضيع ذات صلة', 'مقتل جنديين في هجوم على نقطة تفتيش', 'الأمم المتحدة تدعو إلى وقف القتال', AR_MORE]);
    expect(article.text).toBe(`${AR_BODY}\n\n${AR_MORE}`);
    expect(article.metadata.removed.filter((r) => r.kind === 'navigation')).toHaveLength(3);
  });

  it.each([
    ['المصدر : الجزيرة + وكالات', ['الجزيرة', 'وكالات']],
    ['المصدر: وكالات', ['وكالات']],
    ['المصدر: الجزيرة ووكالات', ['الجزيرة', 'وكالات']],
    ['Source: Reuters', ['Reuters']],
    ['Sources: Reuters, AFP and AP', ['Reuters', 'AFP', 'AP']],
    ['فرانس24/ أ ف ب', ['فرانس24', 'أ ف ب']],
    ['* نقلا عن "الحياة" اللندنية', ['الحياة اللندنية']],
  ])('source line %s', (line, outlets) => {
    const article = run([AR_BODY, AR_MORE, line]);
    expect(article.metadata.outlets).toEqual(outlets);
    expect(article.metadata.sourceLine).toBe(line);
    expect(article.text).toBe(`${AR_BODY}\n\n${AR_MORE}`);
  });

  it.each([
    ['stray undefined after a sentence', `${AR_BODY} undefined`, AR_BODY, AR_MORE],
    ['undefined alone', 'undefined', null, AR_MORE],
    ['null between Arabic words', 'قال null المتحدث إن القوات تقدمت.', 'قال المتحدث إن القوات تقدمت.', AR_MORE],
    ['[object Object] alone', '[object Object]', null, AR_MORE],
    ['NaN after English sentence', `${EN_BODY} NaN`, EN_BODY, EN_MORE],
  ])('artifact: %s', (_name, paragraph, expected, next) => {
    const article = run([paragraph, next]);
    expect(article.text).toBe(expected === null ? next : `${expected}\n\n${next}`);
    expect(article.metadata.removed.map((r) => r.kind)).toContain('artifact');
  });

  it.each([
    ['disclaimer', '** جميع المقالات المنشورة تمثل رأي كتابها فقط.'],
    ['separator', '-----------------------'],
    ['byline', 'بقلم أحمد علي'],
    ['timestamp', 'الثلاثاء 14 مايو 2019 - 10:30 ص'],
    ['timestamp', 'Updated 2 hours ago'],
  ])('%s: %s', (kind, line) => {
    const article = run([line, AR_BODY]);
    expect(article.text).toBe(AR_BODY);
    expect(article.metadata.removed).toContainEqual({ kind, text: line });
  });
});

describe('createCleaner: report text that must stay', () => {
  it.each([
    ['"undefined" inside an English sentence', 'The status of the disputed border remains undefined'],
    ['"null" inside an English sentence', 'The court declared the contract null and void.'],
    ['quoted Arabic sentence with parentheses', 'وقال المتحدث "إن القوات (الحكومية) سيطرت على المدينة" مساء الأحد.'],
    ['Arabic sentence ending in a non-credit parenthesis', 'وأعلنت الوزارة مقتل خمسة جنود (بينهم ضابطان)'],
    ['agency abbreviation cited in the sentence', 'وذكرت وكالة الأنباء السورية الرسمية (سانا).'],
    ['attribution ending in an agency', 'قالت وزارة الصحة إن عدد القتلى ارتفع إلى عشرين بحسب وكالة الأناضول (الأناضول)'],
    ['sentence starting with شارك', 'شارك آلاف المتظاهرين في مسيرة وسط العاصمة للمطالبة بالإفراج عن المعتقلين.'],
    ['year heading of a timeline', '2014'],
    ['bare date heading', 'سبتمبر/ أيلول 2014'],
  ])('%s', (_name, paragraph) => {
    const body = /[a-z]/.test(paragraph) ? EN_BODY : AR_BODY;
    const article = run([body, paragraph]);
    expect(article.text).toBe(`${body}\n\n${paragraph}`);
  });

  it('removes an English paragraph from an Arabic report but keeps it in an English one', () => {
    expect(run([AR_BODY, EN_MORE, AR_MORE]).metadata.removed).toContainEqual({ kind: 'foreign-language', text: EN_MORE });
    expect(run([EN_BODY, EN_MORE]).text).toBe(`${EN_BODY}\n\n${EN_MORE}`);
  });

  it('keeps a dateline in the text and records it', () => {
    const article = run(['طرابلس - الجزيرة نت', AR_BODY]);
    expect(article.metadata.dateline).toBe('طرابلس - الجزيرة نت');
    expect(article.text.startsWith('طرابلس - الجزيرة نت')).toBe(true);
    const en = run([`TRIPOLI, Libya (AP) — ${EN_BODY}`, EN_MORE]);
    expect(en.metadata.dateline).toBe('TRIPOLI, Libya (AP)');
    expect(en.metadata.outlets).toEqual(['AP']);
    expect(en.text.startsWith('TRIPOLI, Libya (AP) —')).toBe(true);
    const cnn = run([`دبي، الإمارات العربية المتحدة (CNN)-- ${AR_BODY}`]);
    expect(cnn.metadata.dateline).toBe('دبي، الإمارات العربية المتحدة (CNN)');
  });

  it('does not read a quoted agency after a verb as a dateline', () => {
    const article = run(['وقال المسؤول لوكالة الأنباء الألمانية (د.ب.أ): إن الهجوم فشل.', AR_MORE]);
    expect(article.metadata.dateline).toBeNull();
  });
});

describe('createCleaner: article shape', () => {
  it('joins paragraphs with blank lines, drops a repeated title and derives a stable id', () => {
    const doc: SourceDoc = { origin: 'o', body: `\r\nعنوان الخبر\r\n${AR_BODY}\r\n\r\n\r\n${AR_MORE}\r\n`, format: 'text', title: 'عنوان الخبر' };
    const a = clean(doc);
    const b = clean({ ...doc, origin: 'elsewhere' });
    expect(a.text).toBe(`${AR_BODY}\n\n${AR_MORE}`);
    expect(a.id).toMatch(/^doc_[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(clean({ ...doc, title: 'عنوان آخر' }).id).not.toBe(a.id);
  });

  it('joins hard-wrapped lines inside a block', () => {
    const wrapped = [
      'Three civilians were killed and five wounded when artillery',
      'shells hit a residential district of the city on Tuesday, a',
      'medical source said, adding that two children were among the',
      'wounded.',
      '',
      'The shelling resumed on Tuesday morning after a night of sporadic',
      'clashes between rival armed groups in the south of the city, residents',
      'said.',
    ];
    const article = run(wrapped);
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.text).toContain('artillery shells hit');
  });

  it.each([
    [AR_BODY, 'ar'],
    [EN_BODY, 'en'],
  ])('guesses the language of %s', (body, language) => {
    expect(run([body]).language).toBe(language);
  });

  it('honours the document language and passes metadata through', () => {
    const a = run([AR_BODY], { language: 'en', published: '2019-05-14', source: 'S', url: 'https://x.example' });
    expect(a).toMatchObject({ language: 'en', published: '2019-05-14', source: 'S', url: 'https://x.example' });
  });

  it('decodes stray HTML entities in text', () => {
    expect(run(['Clashes&nbsp;erupted in Tripoli &amp; Misrata.']).text).toBe('Clashes erupted in Tripoli & Misrata.');
  });

  it('every removed entry has a kind and text', () => {
    const article = run(['شارك', AR_BODY, 'REUTERS/Jane Doe', 'المصدر: وكالات']);
    for (const entry of article.metadata.removed) {
      expect(entry.kind).toMatch(/^[a-z-]+$/);
      expect(entry.text.length).toBeGreaterThan(0);
    }
  });
});

describe('createCleaner on the reference report', () => {
  const raw = readFileSync(new URL('../../examples/sirte-2016-08-02.ar.txt', import.meta.url), 'utf8');
  const [title, ...rest] = raw.replace(/^\s+/, '').split('\n');
  const article = clean({ origin: 'sirte', body: rest.join('\n'), format: 'text', title: title ?? null });

  it('keeps the title, removes caption, credit and undefined, reads the source line', () => {
    expect(article.title).toBe('غارات أميركية ومواجهات ضد تنظيم الدولة في سرت');
    expect(article.text.startsWith('استمرت الغارات')).toBe(true);
    expect(article.text).not.toMatch(/REUTERS|Tomasevic|\(رويترز\)|undefined|المصدر :/);
    expect(article.metadata.credits).toEqual(['REUTERS/Goran Tomasevic', 'رويترز']);
    expect(article.metadata.captions).toHaveLength(2);
    expect(article.metadata.outlets).toEqual(['الجزيرة', 'وكالات']);
    expect(article.metadata.sourceLine).toBe('المصدر : الجزيرة + وكالات');
    expect(article.language).toBe('ar');
    expect(article.text).toContain('الذي اقتحمته الأحد.\n\nمن جهة أخرى');
    expect(article.text.endsWith('"الخطوات اللازمة لإعادة الاستقرار".')).toBe(true);
  });
});
