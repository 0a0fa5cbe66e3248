// The real webview bundle (dist/webview.js) in a real browser (Debian's Chromium through
// playwright-core), inside the panel's actual HTML shell and CSP: it announces `ready`, renders a
// timeline posted to it, keeps hostile program text as text, and works from the keyboard.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { makeNonce, timelineHtml } from '../../client/src/timeline/html';
import type { TimelineView } from '../../client/src/timeline/protocol';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://webview.test';
const EVIL = '<img src=x onerror="window.__pwned=1">';

function view(): TimelineView {
  const r = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 21 } });
  return {
    title: `seed${EVIL}.py`,
    comparison: null,
    focus: null,
    policy: 0,
    timeline: {
      uri: 'file:///w/seed.py', python: '3.12', profile: 'G312', threshold: [700, 10, 10], ticks: 12,
      // The seed's gc.collect() results on lines 6 and 10, as CPython 3.12.1 returns them.
      explicitCollects: [{ range: r(5), generation: 2, returned: 0 }, { range: r(9), generation: 2, returned: 5 }],
      collections: [
        { index: 0, tick: 1, generation: 2, trigger: 'explicit', range: r(5), collected: 0, uncollectable: 0, examined: 3, repeat: 1, freed: [] },
        { index: 1, tick: 11, generation: 2, trigger: 'explicit', range: r(9), collected: 5, uncollectable: 0, examined: 8, repeat: 1,
          freed: [{ id: 7, typeName: `list${EVIL}`, range: r(3), count: 1 }] },
      ],
      series: [{ tick: 0, live: 0, cyclicGarbage: 0 }, { tick: 11, live: 5, cyclicGarbage: 5 }],
      finalCount: [0, 0, 0], truncated: false, limitHit: null, notes: [EVIL], supportedPythons: ['3.8', '3.12'],
    },
  };
}

test('webview bundle in Chromium: ready, render, CSP, escaping, keyboard', async (t) => {
  if (!fs.existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} not installed (apt-get install chromium)`);
    return;
  }
  const bundle = path.join(ROOT, 'dist/webview.js');
  assert.ok(fs.existsSync(bundle), 'run the build first (dist/webview.js)');
  // Loaded at run time from the project's own devDependency; not bundled into the test.
  const { chromium } = require(path.join(ROOT, 'node_modules', 'playwright-core')) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const nonce = makeNonce();
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: timelineHtml({ cspSource: ORIGIN, nonce, scriptUri: `${ORIGIN}/dist/webview.js` }) });
    if (url.pathname === '/dist/webview.js') return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(bundle, 'utf8') });
    return route.fulfill({ status: 404, body: '' });
  });
  // VS Code injects acquireVsCodeApi; this stand-in records what the webview posts.
  await page.addInitScript(() => {
    const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
    w.__posted = [];
    w.acquireVsCodeApi = () => ({
      postMessage: (m: unknown) => w.__posted.push(m),
      getState: () => w.__state,
      setState: (s: unknown) => { w.__state = s; },
    });
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'), null, { timeout: 10_000 });
  await page.evaluate((v) => window.postMessage({ type: 'timeline/show', view: v }, '*'), view() as unknown as Record<string, unknown>);
  await page.waitForSelector('td.returned', { timeout: 10_000 });

  assert.deepEqual(await page.locator('td.returned').allInnerTexts(), ['returns 0', 'returns 5']);
  const svg = await page.evaluate(() => {
    const circles = [...document.querySelectorAll('circle')];
    return { count: circles.length, ns: circles.map((c) => c.namespaceURI), width: circles.map((c) => (c as SVGCircleElement).getBBox().width) };
  });
  assert.equal(svg.count, 2);
  assert.ok(svg.ns.every((n) => n === 'http://www.w3.org/2000/svg'));
  assert.ok(svg.width.every((w) => w > 0), 'markers are drawn');
  assert.ok((await page.locator('h1').innerText()).includes(EVIL), 'the hostile title is shown as text');
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);

  // Keyboard: Tab to the second collection, Enter selects it, the freed list appears; its link reveals line 4.
  let focused = '';
  for (let i = 0; i < 20 && !focused.startsWith('Collection 2'); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  assert.match(focused, /^Collection 2: generation 2, gc\.collect\(\) at line 10, 5 unreachable/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('section[aria-label="Selected collection"] li button', { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key')), 'collection-1', 'focus survives the re-render');
  const link = page.locator('section[aria-label="Selected collection"] li button');
  assert.equal(await link.innerText(), `list${EVIL} allocated at line 4`);
  await link.focus();
  await page.keyboard.press('Enter');
  const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
  assert.deepEqual(posted.at(-1), { type: 'timeline/reveal', uri: 'file:///w/seed.py', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 21 } } });
  // What-if: another version and policy, then Run.
  await page.selectOption('#python', '3.8');
  await page.selectOption('#policy', '1');
  await page.click('#rerun');
  const rerun = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted.at(-1));
  assert.deepEqual(rerun, { type: 'timeline/simulate', python: '3.8', policy: 1 });
  assert.equal(await page.locator('#rerun').innerText(), 'Simulating…');
  assert.deepEqual(problems, [], 'no script errors or CSP violations');
});
