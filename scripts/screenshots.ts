/**
 * Takes the committed screenshots of the web app (docs/screenshots/*.png) with Debian's Chromium:
 * a seeded in-memory store (the API test fixtures plus synthetic events for a fuller map), the real
 * server, the built app. Run: `npx tsx scripts/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { seedStore, seedSynthetic } from '../test/api/helpers/fixtures.js';
import { browserSkipReason, ensureWebBuild, launchChromium, startSeededServer } from '../test/browser/harness.js';
import { createExtractor } from '../src/pipeline/run.js';
import { readInputs } from '../src/sources/index.js';
import { ingestAll } from '../src/service/ingest.js';

const OUT = 'docs/screenshots';

async function main(): Promise<void> {
  const reason = browserSkipReason();
  if (reason) throw new Error(reason);
  await ensureWebBuild(true);
  const server = await startSeededServer(async (store) => {
    await seedStore(store);
    await seedSynthetic(store, 400);
  });
  const browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    const open = async (query: string) => {
      await page.goto(`${server.url}/${query}`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.waitForTimeout(1200);
    };
    await open('?lang=en&from=2023-01-01&to=2023-06-30');
    await page.screenshot({ path: `${OUT}/map-timeline-en.png` });

    await open('?lang=en&event=ev-ar-strike');
    await page.waitForSelector('.event-detail .report-text');
    await page.locator('.event-detail h3').last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/event-detail-arabic-evidence.png` });

    await open('?lang=ar&event=ev-ar-strike');
    await page.screenshot({ path: `${OUT}/arabic-ui.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await open('?lang=ar&type=ASSAULT');
    await page.screenshot({ path: `${OUT}/phone-ar.png` });
  } finally {
    await browser.close();
    await server.close();
  }
  await shootReferenceReport();
}

/** The bundled examples through the real pipeline, and the reference report's air strikes in detail. */
async function shootReferenceReport(): Promise<void> {
  const server = await startSeededServer(async (store) => {
    await ingestAll(readInputs(['examples']), { store, extract: createExtractor() });
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    const response = await fetch(`${server.url}/events?type=ASSAULT&q=${encodeURIComponent('غارات')}&limit=1`);
    const { events } = (await response.json()) as { events: Array<{ id: string }> };
    const id = events[0]?.id;
    await page.goto(`${server.url}/?lang=en${id ? `&event=${id}` : ''}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${OUT}/reference-report-en.png` });
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
