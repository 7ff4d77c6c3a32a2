import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { XSS_TITLE } from '../api/helpers/fixtures.js';
import { browserSkipReason, ensureWebBuild, launchChromium, startSeededServer } from './harness.js';

const skipReason = browserSkipReason();
if (skipReason) console.warn(`[browser tests skipped] ${skipReason}`);

describe.skipIf(skipReason !== null)('web app in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startSeededServer>>;
  let page: Page;
  let dialogs: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startSeededServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    dialogs = [];
    pageErrors = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  const open = async (query: string) => {
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('body[data-ready="true"]');
  };
  const listIds = () => page.$$eval('.event-item', (els) => els.map((e) => e.getAttribute('data-id')));

  it('shows every event in the list, markers for those with coordinates, and the day histogram', async () => {
    await open('?lang=en');
    expect((await listIds()).sort()).toEqual(['ev-ar-protest', 'ev-ar-strike', 'ev-ar-support', 'ev-csv', 'ev-en-consult', 'ev-en-shelling', 'ev-xss']);
    expect(await page.getAttribute('#map', 'data-markers')).toBe('5');
    expect(await page.textContent('.status')).toContain('2 without coordinates');
    expect(await page.$$eval('.timeline-svg .bar', (bars) => bars.length)).toBe(5);
    expect(await page.$$('.leaflet-overlay-pane canvas, .leaflet-pane canvas')).not.toHaveLength(0);
  });

  it('filters by type, text and actor, keeping the state in the URL and across back/forward', async () => {
    await open('?lang=en');
    await page.check('.type-chip[data-type="ASSAULT"] input');
    await page.waitForURL(/type=ASSAULT/);
    await page.waitForSelector('body[data-ready="true"]');
    expect((await listIds()).sort()).toEqual(['ev-ar-strike', 'ev-en-shelling', 'ev-xss']);
    await page.fill('input[name="actor"]', 'Houthi');
    await page.click('button.primary');
    await page.waitForURL(/actor=Houthi/);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await listIds()).toEqual(['ev-en-shelling']);
    await page.goBack();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await listIds()).toHaveLength(3);
    await open('?lang=en&q=witnesses');
    expect(await listIds()).toEqual(['ev-csv']);
    expect(await page.inputValue('input[name="q"]')).toBe('witnesses');
  });

  it('brushing the timeline sets a date range', async () => {
    await open('?lang=en');
    const box = await page.locator('.timeline-svg').boundingBox();
    if (!box) throw new Error('no timeline');
    await page.mouse.move(box.x + 1, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.05, box.y + 30, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL(/from=2016-08-01/);
    await page.waitForSelector('body[data-ready="true"]');
    expect(new URL(page.url()).searchParams.get('to')).toMatch(/^2016-/);
    expect((await listIds()).sort()).toEqual(['ev-ar-protest', 'ev-ar-strike']);
    await page.click('.clear-range');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await listIds()).toHaveLength(7);
  });

  it('opens an event with its Arabic evidence and argument spans highlighted in place', async () => {
    await open('?lang=en');
    await page.click('.event-item[data-id="ev-ar-strike"]');
    await page.waitForSelector('.event-detail .report-text');
    expect(page.url()).toContain('event=ev-ar-strike');
    expect(await page.getAttribute('.report-text', 'dir')).toBe('rtl');
    const texts = async (sel: string) => page.$$eval(sel, (els) => els.map((e) => e.textContent ?? ''));
    const evidence = (await texts('.report-text mark.hl-evidence')).join('');
    expect(evidence.startsWith('شنت طائرات حربية أمريكية')).toBe(true);
    expect(evidence.endsWith('أحمد الهادي.')).toBe(true);
    expect(await texts('.report-text mark.hl-actor')).toEqual(['طائرات حربية أمريكية']);
    expect(await texts('.report-text mark.hl-recipient')).toEqual(['تنظيم الدولة']);
    expect(await texts('.report-text mark.hl-place')).toEqual(['مدينة سرت']);
    expect(await texts('.report-text mark.hl-date')).toEqual(['يوم الإثنين']);
    expect(await texts('.report-text mark.hl-quantity')).toEqual(['خمس غارات', '12 مسلحا']);
    expect((await page.textContent('.report-text'))?.includes('تظاهر مئات المواطنين')).toBe(true);
    const fields = await page.textContent('.event-detail .fields');
    for (const part of ['aerial', 'Air/drone strike', '195', 'Military Forces of the United States', 'USA', 'Sirte', 'spokesman', '0.90']) {
      expect(fields).toContain(part);
    }
    await page.click('.incident-link');
    await page.waitForSelector('.incident-detail');
    expect(await page.textContent('.incident-detail')).toContain('fair');
  });

  it('restores an opened event from a shared link', async () => {
    await open('?lang=ar&event=ev-en-shelling');
    await page.waitForSelector('.event-detail[data-id="ev-en-shelling"]');
    expect(await page.getAttribute('.report-text', 'dir')).toBe('ltr');
    expect(await page.$$eval('.report-text mark.hl-quantity', (els) => els.map((e) => e.textContent))).toEqual(['three civilians', 'seven others']);
  });

  it('switches between Arabic (rtl) and English (ltr)', async () => {
    await open('?lang=ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('button.primary')).toBe('تطبيق');
    await page.click('button.lang');
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('button.primary')).toBe('Apply');
    expect(await page.textContent('.type-chip[data-type="ASSAULT"]')).toContain('Assault');
    await page.click('button.lang');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('.type-chip[data-type="ASSAULT"]')).toContain('اعتداء');
  });

  it('keeps script payloads in titles and report text inert and visible as text', async () => {
    await open('?lang=ar&event=ev-xss');
    await page.waitForSelector('.event-detail[data-id="ev-xss"]');
    await page.waitForTimeout(300);
    const detail = await page.textContent('.event-detail');
    expect(detail).toContain(XSS_TITLE);
    expect(detail).toContain('<script>alert(1)</script>');
    expect(detail).toContain('<img src=x onerror="alert(2)">');
    expect(detail).toContain('<script>alert("actor")</script>');
    expect(await page.$$('.panel script, .panel img, .panel [onerror]')).toHaveLength(0);
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    expect(await page.textContent('.event-detail .report-text mark.hl-actor')).toBe('مسلحين مجهولين <script>alert(1)</script>');
    await page.goto(`${server.url}/?lang=en`);
    await page.waitForSelector('.event-item[data-id="ev-xss"]');
    expect(await page.textContent('.event-item[data-id="ev-xss"]')).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
  });

  it('lays out for a phone: map above the panel, no horizontal scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('?lang=ar');
    const map = await page.locator('#map').boundingBox();
    const side = await page.locator('.sidebar').boundingBox();
    expect(map && side && side.y >= map.y + map.height).toBe(true);
    const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]') as [number, number];
    expect(widths[0]).toBeLessThanOrEqual(widths[1] + 1);
  });
});
