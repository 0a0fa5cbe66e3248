// Drives the VS Code workbench served by code-server through Playwright the way a user does:
// command palette, quick open, go-to-line, hover, quick fix, Problems panel, webview frames.
// Selectors are the workbench's own stable CSS classes; every wait is a poll with a deadline.
import { waitFor, notYet } from './poll.mjs';

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
  const input = page.locator('.quick-input-widget input.input:visible');
  // F1 can race with a closing widget or a focus change; retry open+fill until the deadline.
  await waitFor(`the quick input to take ${JSON.stringify(value)}`, async () => {
    if (!(await input.count())) {
      const dialogs = await dismissDialogs(page);
      if (dialogs.length) throw new Error(`a dialog blocked the workbench: ${dialogs.join(' / ')}`);
      await page.keyboard.press('F1');
      await input.first().waitFor({ state: 'visible', timeout: 3000 });
    }
    await input.first().fill(value, { timeout: 3000 });
    return (await input.first().inputValue()) === value;
  }, { timeout: 20000 });
  return input.first();
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
  // Pick by keyboard: move the focus to the row whose label is exactly `label`, then Enter. Clicking can hit a
  // row the virtual list has just reused for another command (the "recently used" one).
  const focusedLabel = async () =>
    (await page.locator(`${ROW}.focused .label-name`).allInnerTexts().catch(() => [])).map((t) => t.trim())[0];
  await waitFor(`"${label}" to be the focused palette row`, async () => {
    const f = await focusedLabel();
    if (f === label) return true;
    await page.keyboard.press('ArrowDown');
    return false;
  }, { timeout: 8000, interval: 150 });
  await page.keyboard.press('Enter');
  await waitFor('the command palette to close', async () => !(await page.locator('.quick-input-widget').isVisible()), { timeout: 5000 });
}

/** Closes modal dialogs (e.g. "Command ... resulted in an error") and returns their text for the report. */
export async function dismissDialogs(page) {
  const texts = [];
  for (let i = 0; i < 3; i++) {
    const box = page.locator('.monaco-dialog-box:visible');
    if (!(await box.count())) break;
    texts.push((await box.first().innerText()).replace(/\s+/g, ' ').trim());
    await page.keyboard.press('Escape');
    await waitFor('the dialog to close', async () => !(await box.count()), { timeout: 3000 }).catch(() => {});
  }
  return texts;
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
  await page.locator(ROW).filter({ has: page.locator('.label-name', { hasText: name }) }).first().click();
  // The window title names the active editor ("seed.py - workspace - code-server").
  await waitFor(`${name} to be the active editor`, async () => {
    const t = await page.title();
    return t.replace(/^\W+\s/, '').startsWith(name) || notYet(t); // "● seed.py - ..." when dirty
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
  if (!(await page.locator('.markers-panel').isVisible())) await runCommand(page, 'Problems: Focus on Problems View');
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

/** Shows the hover at the cursor (as Ctrl+K Ctrl+I does) and returns the text hover providers put in it. */
export async function hoverAtCursor(page) {
  // A hover can close again (a diagnostics refresh redraws the line) or open before the provider answers:
  // ask again every few seconds until the provider's markdown is there.
  let shownAt = 0;
  return waitFor('a hover with text from a hover provider', async () => {
    const hovers = page.locator('.monaco-hover:visible .markdown-hover');
    const t = (await hovers.allInnerTexts()).join('\n').trim();
    if (t.length > 0) return t;
    if (Date.now() - shownAt > 4000) {
      await runCommand(page, 'Show or Focus Hover');
      shownAt = Date.now();
    }
    return notYet(await page.locator('.monaco-hover:visible').count().then((n) => `${n} hover widgets without provider text`));
  }, { timeout: 25000 });
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
