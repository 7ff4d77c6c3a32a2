import { describe, expect, it } from 'vitest';
import { inflectArabicVerb, inflectEnglishVerb } from './inflect.js';

describe('inflectArabicVerb', () => {
  it.each([
    { pair: ['قصف', 'يقصف'], forms: ['قصف', 'قصفت', 'قصفوا', 'قصفتا', 'يقصف', 'تقصف', 'يقصفون', 'يقصفان', 'نقصف'] },
    { pair: ['اشتبك', 'يشتبك'], forms: ['اشتبكت', 'اشتبكوا', 'يشتبكون', 'تشتبك'] },
    { pair: ['أدان', 'يدين'], forms: ['ادان', 'ادانت', 'ادانوا', 'يدين', 'تدين', 'يدينون'] },
    { pair: ['دعا', 'يدعو'], forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو'] },
  ])('$pair.0', ({ pair, forms }) => {
    const out = inflectArabicVerb(pair[0] ?? '', pair[1] ?? '');
    for (const f of forms) expect(out).toContain(f);
  });
});

describe('inflectEnglishVerb', () => {
  it.each([
    { forms: ['attack'], expected: ['attack', 'attacks', 'attacked', 'attacking'] },
    { forms: ['seize'], expected: ['seize', 'seizes', 'seized', 'seizing'] },
    { forms: ['deploy'], expected: ['deploys', 'deployed'] },
    { forms: ['carry', 'carried', 'carried'], expected: ['carries', 'carried', 'carrying'] },
    { forms: ['shoot', 'shot', 'shot'], expected: ['shoots', 'shot', 'shooting'] },
  ])('$forms.0', ({ forms, expected }) => {
    const out = inflectEnglishVerb(forms);
    for (const f of expected) expect(out).toContain(f);
    if (forms.length === 3) expect(out).not.toContain(`${forms[0]}ed`);
  });
});
