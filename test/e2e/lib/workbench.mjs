// Drives the VS Code workbench served by code-server through Playwright the way a user does:
// command palette, quick open, go-to-line, hover, quick fix, Problems panel, webview frames.
// Selectors are the workbench's own stable CSS classes; every wait is a poll with a deadline.
import { waitFor } from './poll.mjs';

const ROW = '.quick-input-widget .quick-input-list .monaco-list-row';

/** Opens the folder in a new page and waits until the workbench and the explorer are up. */
export async function openWorkbench(browser, serverUrl, folder, { timeout = 90000 } = {}) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { timeout });
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  return page;
}

async function quickInput(page, value) {
  const input = page.locator('.quick-input-widget input.input').first();
  await waitFor('the quick input to open', async () => {
    if (await input.isVisible()) return true;
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 3000 });
    return true;
  }, { timeout: 15000 });
  await input.fill(value);
  return input;
}

export async function dismissQuickInput(page) {
  for (let i = 0; i < 3; i++) {
    if (!(await page.locator('.quick-input-widget').isVisible())) return;
    await page.keyboard.press('Escape');
  }
}

/** Runs a command by its palette label ("Category: Title"); throws if the palette does not list it. */
export async function runCommand(page, label, { timeout = 15000 } = {}) {
  await quickInput(page, `>${label}`);
  const row = page.locator(ROW).filter({ has: page.locator('.label-name', { hasText: label }) });
  try {
    await waitFor(`command "${label}" in the command palette`, async () => {
      const labels = await page.locator(`${ROW} .label-name`).allInnerTexts();
      return labels.some((l) => l.trim() === label);
    }, { timeout });
  } catch (e) {
    const seen = await page.locator(`${ROW} .label-name`).allInnerTexts().catch(() => []);
    await dismissQuickInput(page);
    throw new Error(`${e.message.split(';')[0]} (palette showed: ${JSON.stringify(seen.slice(0, 5))})`);
  }
  const exact = row.filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await (await exact.count() ? exact.first() : row.first()).click();
  await waitFor('the command palette to close', async () => !(await page.locator('.quick-input-widget').isVisible()), { timeout: 5000 });
}

/** Whether the palette lists a command (used to tell "hidden" from "refused"). */
export async function commandListed(page, label) {
  await quickInput(page, `>${label}`);
  let found = false;
  try {
    await waitFor(`command "${label}" listed`, async () => {
      const labels = await page.locator(`${ROW} .label-name`).allInnerTexts();
      return labels.some((l) => l.trim() === label);
    }, { timeout: 4000 });
    found = true;
  } catch {
    found = false;
  }
  await dismissQuickInput(page);
  return found;
}

/** Opens a workspace file through quick open and waits for its editor to show text. */
export async function openFile(page, name) {
  await quickInput(page, name);
  await waitFor(`quick open to list ${name}`, async () => {
    const labels = await page.locator(`${ROW} .label-name`).allInnerTexts();
    return labels.some((l) => l.trim() === name);
  }, { timeout: 20000 });
  await page.keyboard.press('Enter');
  await waitFor(`an editor tab for ${name}`, async () => {
    const t = await page.locator('.editor-group-container.active .tab.active').first().innerText();
    return t.includes(name);
  });
  await waitFor(`text of ${name} in the editor`, async () => (await activeEditorText(page)).trim().length > 0);
}

export function activeEditor(page) {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

export async function activeEditorText(page) {
  return activeEditor(page).locator('.view-lines').innerText();
}

/** Moves the cursor with the palette's ":line:col" mode (1-based, as the user types it). */
export async function gotoLine(page, line, col = 1) {
  await quickInput(page, `:${line}:${col}`);
  await page.keyboard.press('Enter');
  await waitFor('the go-to-line box to close', async () => !(await page.locator('.quick-input-widget').isVisible()), { timeout: 5000 });
  await waitFor(`the status bar to show Ln ${line}`, async () => {
    const s = await page.locator('.statusbar').innerText();
    return s.includes(`Ln ${line},`);
  }, { timeout: 5000 });
}

/** Counts squiggle decorations (warning/error/info) in the active editor. */
export async function squiggleCount(page) {
  return activeEditor(page).locator('.squiggly-warning, .squiggly-error, .squiggly-info').count();
}

/** Problems panel rows as {text, line, file}; opens the panel first. */
export async function problems(page) {
  if (!(await page.locator('.markers-panel').isVisible())) await runCommand(page, 'View: Focus Problems');
  // Expand collapsed file groups so every marker row is rendered.
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => {
      const text = r.innerText.replace(/\s+/g, ' ').trim();
      const aria = r.getAttribute('aria-label') || '';
      const m = /Ln (\d+)/.exec(text) || /line (\d+)/i.exec(aria);
      return { text, aria, line: m ? Number(m[1]) : null };
    }),
  );
}

/** Shows the hover at the cursor (as Ctrl+K Ctrl+I does) and returns its text. */
export async function hoverAtCursor(page) {
  await runCommand(page, 'Show or Focus Hover');
  return waitFor('a hover with text', async () => {
    const hovers = page.locator('.monaco-hover:visible .monaco-hover-content, .monaco-hover:visible .hover-contents');
    const texts = await hovers.allInnerTexts();
    const t = texts.join('\n').trim();
    return t.length > 0 ? t : null;
  }, { timeout: 15000 });
}

/** Text of every webview frame currently in the page (webviews are nested iframes). */
export async function webviewTexts(page) {
  const out = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    try {
      const t = await f.evaluate(() => (document.body ? document.body.innerText : ''));
      if (t && t.trim()) out.push({ url: f.url(), text: t });
    } catch {
      /* frame navigating or detached */
    }
  }
  return out;
}

/** Visible notification toasts' text. */
export async function notifications(page) {
  return page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item').allInnerTexts();
}

export async function closeAllEditors(page) {
  await dismissQuickInput(page);
  await runCommand(page, 'View: Close All Editors').catch(() => {});
  // A dirty editor makes VS Code ask; the suite never wants to save fixture edits.
  const dontSave = page.getByRole('button', { name: /Don't Save/ });
  if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
}
