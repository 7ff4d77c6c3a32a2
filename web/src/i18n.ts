/** Every UI string, in Arabic and English. Data (report text, names) is never translated here. */
const MESSAGES = {
  en: {
    appName: 'marsad', tagline: 'Conflict and political event monitor', language: 'العربية', languageLabel: 'Switch to Arabic',
    filters: 'Filters', search: 'Text', searchPlaceholder: 'words in the report…', actor: 'Actor', actorPlaceholder: 'name or id',
    country: 'Country', countryPlaceholder: 'LY, YE, SYR…', types: 'Event types', from: 'From', to: 'To', apply: 'Apply',
    clear: 'Clear filters', clearRange: 'Clear dates', events: 'Events', shown: '{n} events', noCoords: '{n} without coordinates',
    truncated: 'showing the first {n}', loading: 'Loading…', none: 'No events match these filters.', timeline: 'Events per day',
    brushHint: 'Drag across the timeline to filter by date', close: 'Close', backToList: 'All events',
    eventDetail: 'Event', type: 'PLOVER type', mode: 'Mode', context: 'Context', acled: 'ACLED', cameo: 'CAMEO',
    quad: 'Quad class', actors: 'Actors', recipients: 'Recipients', location: 'Location', precision: 'precision',
    reason: 'reason', date: 'Date', basis: 'basis', quantities: 'Quantities', fatalities: 'Fatalities',
    attribution: 'According to', modality: 'Modality', confidence: 'Confidence', notes: 'Notes', status: 'Review status',
    sources: 'Source', report: 'Report text', evidence: 'Evidence', trigger: 'Trigger', place: 'Place', quantity: 'Quantity',
    title: 'Title', published: 'Published', outlet: 'Outlet', incident: 'Incident', grade: 'Grade', counts: 'Counts',
    reports: 'Reports', openIncident: 'Open incident', unknown: 'unknown', error: 'Error', legend: 'Highlights',
    eventsWord: 'events', dayWord: 'day', mapLabel: 'Map of events', listLabel: 'Event list', noText: 'Report text unavailable.',
  },
  ar: {
    appName: 'مرصد', tagline: 'رصد الأحداث السياسية والنزاعات', language: 'English', languageLabel: 'التبديل إلى الإنجليزية',
    filters: 'التصفية', search: 'نص', searchPlaceholder: 'كلمات من التقرير…', actor: 'الفاعل', actorPlaceholder: 'الاسم أو المعرف',
    country: 'البلد', countryPlaceholder: 'LY, YE, SYR…', types: 'أنواع الأحداث', from: 'من', to: 'إلى', apply: 'تطبيق',
    clear: 'مسح التصفية', clearRange: 'مسح التاريخ', events: 'الأحداث', shown: '{n} حدثا', noCoords: '{n} بلا إحداثيات',
    truncated: 'يُعرض أول {n}', loading: 'جارٍ التحميل…', none: 'لا أحداث تطابق هذه التصفية.', timeline: 'الأحداث في كل يوم',
    brushHint: 'اسحب على الخط الزمني لتحديد فترة', close: 'إغلاق', backToList: 'كل الأحداث',
    eventDetail: 'الحدث', type: 'نوع PLOVER', mode: 'الأسلوب', context: 'السياق', acled: 'ACLED', cameo: 'CAMEO',
    quad: 'الفئة الرباعية', actors: 'الفاعلون', recipients: 'المستهدفون', location: 'المكان', precision: 'الدقة',
    reason: 'السبب', date: 'التاريخ', basis: 'الأساس', quantities: 'الأعداد', fatalities: 'القتلى',
    attribution: 'بحسب', modality: 'الصيغة', confidence: 'الثقة', notes: 'ملخص', status: 'حالة المراجعة',
    sources: 'المصدر', report: 'نص التقرير', evidence: 'الدليل', trigger: 'الفعل', place: 'المكان', quantity: 'العدد',
    title: 'العنوان', published: 'تاريخ النشر', outlet: 'الوسيلة', incident: 'الواقعة', grade: 'التقدير', counts: 'الأعداد',
    reports: 'التقارير', openIncident: 'فتح الواقعة', unknown: 'غير معروف', error: 'خطأ', legend: 'الإبرازات',
    eventsWord: 'أحداث', dayWord: 'يوم', mapLabel: 'خريطة الأحداث', listLabel: 'قائمة الأحداث', noText: 'نص التقرير غير متاح.',
  },
} as const;

export type Lang = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)['en'];

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    AGREE: 'Agree', CONSULT: 'Consult', SUPPORT: 'Support', CONCEDE: 'Concede', COOPERATE: 'Cooperate', AID: 'Aid',
    RETREAT: 'Retreat', REQUEST: 'Request', ACCUSE: 'Accuse', REJECT: 'Reject', THREATEN: 'Threaten', PROTEST: 'Protest',
    SANCTION: 'Sanction', MOBILIZE: 'Mobilize', COERCE: 'Coerce', ASSAULT: 'Assault',
  },
  ar: {
    AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'تأييد', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
    RETREAT: 'انسحاب', REQUEST: 'مطالبة', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
    SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء',
  },
};

let current: Lang = 'ar';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export function getLang(): Lang {
  return current;
}

/** A UI string; `{n}` placeholders are filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[current][key];
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

/** The display name of a PLOVER type in the current language. */
export function typeName(type: string): string {
  return TYPE_NAMES[current][type] ?? type;
}

/** Numbers in the current language (Latin digits in both). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current === 'ar' ? 'ar-u-nu-latn' : 'en').format(n);
}

export function isLang(value: string | null): value is Lang {
  return value === 'ar' || value === 'en';
}
