// The HTML briefing of articles/ in a real browser: Debian's chromium, driven by playwright-core
// (which downloads nothing; .ci/run installs the chromium package). Skipped, with a message, where
// no Chromium is installed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
if (!executablePath) console.warn('tests/browser: skipped, no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

/** Phone width the briefing must fit without sideways scrolling. */
const PHONE_WIDTH = 375;

describe.skipIf(!executablePath)('HTML briefing in Chromium', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'digest-browser-'));
  const file = path.join(temp, 'briefing.html');
  let browser: Browser;

  beforeAll(async () => {
    const io = memoryIo({ cwd: REPO });
    expect(await main(['brief', 'articles/', '--format', 'html'], io)).toBe(0);
    writeFileSync(file, io.out);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  /** Opens the briefing; every request but the page itself is recorded and refused, every console error kept. */
  async function open(width: number, colorScheme: 'light' | 'dark' = 'light') {
    const page: Page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    const requests: string[] = [];
    const errors: string[] = [];
    const url = pathToFileURL(file).href;
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('loads nothing, logs no error, and fits a 375 px phone without sideways scrolling', async () => {
    const { page, requests, errors } = await open(PHONE_WIDTH);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(await page.locator('h2').first().textContent()).toMatch(/^1\. /);
    const shot = await page.screenshot({ fullPage: true, path: path.join(process.env.DIGEST_SCREENSHOT_DIR ?? temp, 'brief-375.png') });
    expect(shot.length).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);

  it('follows a dark colour scheme, and prints without scripts or overflow', async () => {
    const { page } = await open(PHONE_WIDTH, 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, scripts: document.scripts.length }));
    expect(printed.bg).toBe('rgb(255, 255, 255)');
    expect(printed.scripts).toBe(0);
    await page.close();
  }, 60_000);
});
