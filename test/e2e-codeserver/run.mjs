#!/usr/bin/env node
// End-to-end test of the Summit Fact Check extension in a real VS Code
// (code-server) driven by headless Chromium through playwright-core.
// Scenarios: diagnostics, squiggle, hover, quick fix and save (draft.md); fix-all on save
// (.vscode/settings.json codeActionsOnSave); a disable comment; the status bar item; the
// workspace check command (a file that is not open, a workspace fact pack); and, on a second
// code-server with workspace trust enabled, an untrusted folder (Restricted Mode: seed facts only).
//
//   bash .ci/e2e-setup.sh && npm run package && node test/e2e-codeserver/run.mjs
//
// Environment:
//   E2E_CACHE        where .ci/e2e-setup.sh installed its tools (default <repo>/.e2e-cache)
//   E2E_VSIX         extension package (default <repo>/summit-fact-check.vsix)
//   E2E_TIMEOUT_S    overall time limit in seconds (default 360)
//   E2E_KEEP=1       keep the temporary directory (logs, failure screenshot)
//   E2E_HEADED=1     show the browser (needs a display)
//   E2E_SCREENSHOT_DIR  where the screenshots go (default <repo>/docs/screenshots): hover.png,
//                    quick-fix.png, disable-comment.png, status-bar.png, workspace-check.png,
//                    restricted-mode.png
//   E2E_RUN_KNOWN_BUGS=1  run the scenarios that are skipped because of a known product bug
// Flags:
//   --ui-only        do not install the extension; only check that the workbench
//                    renders and the draft opens (for debugging the harness)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HERE, REPO_ROOT, SetupError, locateTools } from './env.mjs';
import { freePort, installExtension, startCodeServer, waitForHttp } from './codeserver.mjs';

const UI_ONLY = process.argv.includes('--ui-only');
const OVERALL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_S || 360) * 1000;
const SCREENSHOT_DIR = path.resolve(process.env.E2E_SCREENSHOT_DIR || path.join(REPO_ROOT, 'docs', 'screenshots'));
const DRAFT = 'draft.md';
const WRONG = 'June 17';
const RIGHT = 'June 16';
const SOURCE = 'summit-fact-check';

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const log = (...a) => console.log(`[e2e +${secs(Date.now() - t0)}]`, ...a);
const results = [];

let page;
let tmp;
let server;
let browser;
let aborted = false;
let workspaceDir;

class StepError extends Error {}

/** Runs one step: prints PASS/FAIL with the step's name, rethrows with context. */
async function step(name, fn) {
  const s = Date.now();
  try {
    const v = await fn();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${secs(Date.now() - s)})`);
    return v;
  } catch (e) {
    results.push({ name, ok: false });
    if (aborted) {
      console.log(`FAIL ${name} (${secs(Date.now() - s)}): aborted by the overall time limit`);
      throw new StepError(`step "${name}" aborted`);
    }
    console.log(`FAIL ${name} (${secs(Date.now() - s)}): ${e.message.split('\n')[0]}`);
    const rest = e.message.split('\n').slice(1).join('\n').trim();
    if (rest) console.log(rest.split('\n').map((l) => `     ${l}`).join('\n'));
    throw new StepError(`step "${name}" failed`);
  }
}

/**
 * A scenario that currently fails because of a known product bug: reported as SKIP with the
 * reason, so the suite stays green. E2E_RUN_KNOWN_BUGS=1 runs it (as a normal step).
 */
async function knownBug(name, reason, fn) {
  if (process.env.E2E_RUN_KNOWN_BUGS) return step(name, fn);
  results.push({ name, ok: true, skipped: true });
  console.log(`SKIP ${name}: known product bug: ${reason} (E2E_RUN_KNOWN_BUGS=1 runs it)`);
  return undefined;
}

/** Waits for a locator with a message naming what was awaited. */
async function waitVisible(locator, what, timeout) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (e) {
    throw new Error(`timed out after ${secs(timeout)} waiting for ${what}`);
  }
  return locator.first();
}

/** Text of the editor's rendered lines (non-breaking spaces normalised). */
async function editorText(editor) {
  const lines = await editor.locator('.view-lines .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text));
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Screen rectangle of the first occurrence of `needle` in the editor's view lines. */
async function textRect(editor, needle) {
  return editor.locator('.view-lines').evaluate((root, needle) => {
    // Concatenate text nodes per view line so that a needle split over spans is still found.
    for (const line of root.querySelectorAll('.view-line')) {
      const nodes = [];
      let text = '';
      const w = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        nodes.push({ n, start: text.length });
        text += n.data;
      }
      const norm = text.replace(/\u00a0/g, ' ');
      const i = norm.indexOf(needle);
      if (i < 0) continue;
      const at = (off) => {
        const hit = nodes.filter((x) => x.start <= off).pop();
        return [hit.n, off - hit.start];
      };
      const range = document.createRange();
      range.setStart(...at(i));
      range.setEnd(...at(i + needle.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, needle);
}

async function runCommand(name) {
  await page.keyboard.press('F1');
  const input = await waitVisible(page.locator('.quick-input-widget input'), 'the command palette', 15_000);
  await input.fill(`>${name}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name });
  await waitVisible(row, `command "${name}" in the command palette`, 15_000);
  await input.press('Enter');
}

/** User settings for a hermetic, quiet workbench; `extra` overrides. */
function writeUserSettings(userDataDir, extra = {}) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.layoutControl.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'markdown.validate.enabled': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 200,
    'editor.lightbulb.enabled': 'on',
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggestOnTriggerCharacters': false,
    'editor.wordWrap': 'off',
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
    ...extra,
  }, null, 2));
}

async function main() {
  const tools = await step('locate e2e tools (Node 24, code-server, playwright-core, chromium, .vsix)', async () => {
    try {
      if (UI_ONLY) process.env.E2E_VSIX ||= path.join(HERE, 'run.mjs'); // any existing file
      return locateTools();
    } catch (e) {
      if (e instanceof SetupError) throw e;
      throw new Error(`loading the e2e tools failed: ${e.message}`);
    }
  });
  log(`code-server ${tools.csVersion}, vsix ${UI_ONLY ? '(skipped: --ui-only)' : path.relative(REPO_ROOT, tools.vsix)}`);

  tmp = mkdtempSync(path.join(os.tmpdir(), 'sfc-e2e-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  workspaceDir = workspace;
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(path.join(HERE, 'workspace'), workspace, { recursive: true });
  writeUserSettings(userDataDir);

  if (!UI_ONLY) {
    await step('install the .vsix with code-server --install-extension', async () => {
      const out = installExtension(tools, { extensionsDir, userDataDir });
      log(out.split('\n').filter((l) => /install|success/i.test(l)).join(' | '));
    });
  }

  const port = await freePort();
  server = await step('start code-server and wait for /healthz', async () => {
    const s = await startCodeServer(tools, {
      port, userDataDir, extensionsDir, workspace, logFile: path.join(tmp, 'code-server.log'),
    });
    server = s;
    await waitForHttp(s, 60_000);
    return s;
  });

  browser = await step('launch headless Chromium', () => tools.playwright.chromium.launch({
    executablePath: tools.chromium,
    headless: !process.env.E2E_HEADED,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  }));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  const browserErrors = [];
  page.on('pageerror', (e) => browserErrors.push(e.message));

  await step('workbench loads with the fixture workspace', async () => {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitVisible(page.locator('.monaco-workbench'), 'the VS Code workbench (.monaco-workbench)', 90_000);
    await waitVisible(page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }),
      `"${DRAFT}" in the Explorer`, 90_000);
  });

  const editor = page.locator('.editor-instance .monaco-editor').first();
  await step(`open ${DRAFT} from the Explorer`, async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).first().click();
    await waitVisible(page.locator('.tabs-container .tab', { hasText: DRAFT }), `an editor tab for ${DRAFT}`, 30_000);
    await waitVisible(editor.locator('.view-lines', { hasText: 'Geneva' }), `the text of ${DRAFT} in the editor`, 30_000);
    const text = await editorText(editor);
    if (!text.includes(WRONG)) throw new Error(`editor does not show "${WRONG}":\n${text}`);
  });

  if (UI_ONLY) {
    await page.screenshot({ path: path.join(tmp, 'ui-only.png') });
    log(`screenshot: ${path.join(tmp, 'ui-only.png')}`);
    return;
  }

  const problemRow = page.locator('.markers-panel .monaco-tl-row', { hasText: WRONG });
  await step(`Problems panel lists the ${SOURCE} finding for "${WRONG}"`, async () => {
    await page.keyboard.press('Control+Shift+M');
    try {
      await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      await runCommand('Problems: Focus on Problems View'); // keyboard shortcut not delivered
    }
    await waitVisible(page.locator('.markers-panel'), 'the Problems panel', 15_000);
    // The language server may need a while for its first analysis.
    const row = await waitVisible(problemRow, `a row mentioning "${WRONG}" in the Problems panel (no diagnostic arrived)`, 120_000);
    const rowText = (await row.textContent()).replace(/\u00a0/g, ' ');
    for (const want of ['16 June 2021', SOURCE]) {
      if (!rowText.includes(want)) throw new Error(`Problems row lacks "${want}": ${rowText}`);
    }
    if (!/wrong-date/.test(rowText)) throw new Error(`Problems row lacks the code "wrong-date": ${rowText}`);
    const errIcon = await row.locator('.marker-icon.error, .codicon-error').count();
    if (!errIcon) throw new Error(`Problems row is not shown as an error: ${rowText}`);
    log(`problem: ${rowText.trim()}`);
  });

  await step(`squiggle under "${WRONG}" in the editor`, async () => {
    await waitVisible(editor.locator('.view-overlays .squiggly-error'), 'an error squiggle in the editor', 30_000);
    const sq = await editor.locator('.view-overlays .squiggly-error').first().boundingBox();
    const word = await textRect(editor, WRONG);
    if (!word) throw new Error(`"${WRONG}" not found in the editor's lines`);
    const tol = 2;
    if (Math.abs(sq.x - word.x) > tol || Math.abs(sq.x + sq.width - (word.x + word.width)) > tol) {
      throw new Error(`squiggle [${sq.x.toFixed(0)}, ${(sq.x + sq.width).toFixed(0)}] does not cover exactly "${WRONG}" [${word.x.toFixed(0)}, ${(word.x + word.width).toFixed(0)}]`);
    }
  });

  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'seeds/' });
  await step(`hover over "${WRONG}" cites a seeds/ source`, async () => {
    const word = await textRect(editor, WRONG);
    const x = word.x + word.width / 2;
    const y = word.y + word.height / 2;
    await page.mouse.move(x - 40, y - 40);
    await page.mouse.move(x, y, { steps: 5 });
    const h = await waitVisible(hover, 'a hover containing "seeds/"', 30_000);
    // The extension's own hover (markdown) comes after VS Code's problem hover.
    const row = await waitVisible(h.locator('.hover-row', { has: page.locator('.markdown-hover') }).filter({ hasText: 'seeds/' }),
      'the extension\'s hover section citing seeds/', 10_000);
    const text = (await row.innerText()).replace(/\u00a0/g, ' ');
    const cite = text.match(/seeds\/([\w.-]+\.txt)(?::(\d+))?/);
    if (!cite) throw new Error(`no seeds/<file>.txt citation in the hover: ${text}`);
    const seedFile = path.join(REPO_ROOT, 'seeds', cite[1]);
    let seedLines;
    try {
      seedLines = readFileSync(seedFile, 'utf8').split('\n').length;
    } catch {
      throw new Error(`the hover cites ${cite[0]}, which does not exist in the repository`);
    }
    if (cite[2] && Number(cite[2]) > seedLines) throw new Error(`the hover cites ${cite[0]}, but the file has ${seedLines} lines`);
    if (!text.includes('16 June 2021')) throw new Error(`the hover does not give the sources' date "16 June 2021": ${text}`);
    log(`hover cites: ${cite[0]}`);

    // For the screenshot: move onto the hover (it stays open) and scroll the
    // extension's section into view, as a reader would.
    const hb = await h.boundingBox();
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    const rb = await row.boundingBox();
    if (rb && rb.y > hb.y + 4) {
      const nextFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // Wheel in small notches until the section's top reaches the hover's top (bounded).
      for (let i = 0; i < 30; i++) {
        const top = (await row.boundingBox())?.y ?? hb.y;
        if (top <= hb.y + 8) break;
        await page.mouse.wheel(0, Math.min(60, top - hb.y));
        await nextFrame();
      }
      if (((await row.boundingBox())?.y ?? 0) > hb.y + 8) log('note: could not scroll the hover fully; screenshot shows part of it');
    }
    await waitVisible(hover, 'the hover to stay open while scrolled', 5_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'hover.png') });
  });

  const quickFix = page.locator('.action-widget .monaco-list-row.action')
    .filter({ has: page.locator('.title', { hasText: /^\s*Replace/ }) });
  await step('quick-fix menu (Ctrl+.) offers a "Replace…" fix', async () => {
    // On a loaded machine the workbench has dropped a first Ctrl+. (the light bulb was showing, no menu came):
    // as a person would, press it again, up to three times, each after putting the caret back in the word.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Escape');
      const word = await textRect(editor, WRONG);
      // Put the caret inside "June 17".
      await page.mouse.click(word.x + word.width / 2, word.y + word.height / 2);
      await page.mouse.move(5, 5); // away from the text, so no hover covers the menu
      await page.keyboard.press('Control+.');
      try {
        await waitVisible(page.locator('.action-widget .monaco-list-row.action'), 'the quick-fix menu', attempt < 3 ? 10_000 : 30_000);
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        log(`quick-fix menu did not open on attempt ${attempt}; pressing Ctrl+. again`);
      }
    }
    let item;
    try {
      item = await waitVisible(quickFix, 'a quick-fix menu item starting with "Replace"', 15_000);
    } catch (e) {
      const items = await page.locator('.action-widget .monaco-list-row.action .title').allInnerTexts();
      throw new Error(`${e.message}; the menu offers: ${JSON.stringify(items)}`);
    }
    log(`quick fix: ${(await item.innerText()).trim()}`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'quick-fix.png') });
  });

  await step(`apply the quick fix: the editor now says "${RIGHT}"`, async () => {
    await quickFix.first().click();
    await waitVisible(editor.locator('.view-lines', { hasText: RIGHT }), `"${RIGHT}" in the editor after the fix`, 15_000);
    const text = await editorText(editor);
    if (text.includes(WRONG)) throw new Error(`editor still shows "${WRONG}":\n${text}`);
    if (!text.includes(`set for ${RIGHT} in Geneva.`)) throw new Error(`unexpected text after the fix:\n${text}`);
  });

  await step(`save (Ctrl+S): ${DRAFT} on disk says "${RIGHT}"`, async () => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+S');
    await waitVisible(page.locator('.tabs-container .tab:not(.dirty)', { hasText: DRAFT }), `${DRAFT} saved (tab no longer dirty)`, 15_000);
    const disk = readFileSync(path.join(workspace, DRAFT), 'utf8');
    if (!disk.includes(`The Biden–Putin summit is set for ${RIGHT} in Geneva.`)) {
      throw new Error(`file on disk is not fixed:\n${disk}`);
    }
  });

  await step('the finding disappears from the Problems panel after the fix', async () => {
    try {
      await problemRow.first().waitFor({ state: 'detached', timeout: 30_000 });
    } catch {
      throw new Error(`the "${WRONG}" finding is still listed 30s after the fix`);
    }
  });

  await fixAllOnSave(editor);
  await disableComment(editor);
  await statusBar();
  await workspaceCheck(editor);
  await activationTime();

  if (browserErrors.length) log(`page errors (informational): ${browserErrors.slice(0, 3).join(' | ')}`);
  await context.close();

  await untrustedWorkspace(tools, { extensionsDir });
}

// ---------------------------------------------------------------- helpers for the scenarios

const nextFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Opens a top-level file of the workspace from the Explorer and waits for its text. */
async function openFromExplorer(editor, name, textInFile) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  await waitVisible(page.locator('.tabs-container .tab.active', { hasText: name }), `an active editor tab for ${name}`, 30_000);
  await waitVisible(editor.locator('.view-lines', { hasText: textInFile }), `the text of ${name} in the editor`, 30_000);
}

/** Shows the Problems panel (keyboard shortcut, or the palette if the browser swallowed it). */
async function showProblems() {
  if (await page.locator('.markers-panel').first().isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  try {
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    await runCommand('Problems: Focus on Problems View');
    await waitVisible(page.locator('.markers-panel'), 'the Problems panel', 15_000);
  }
}

/** Types `text` into the Problems panel's filter box (the list is virtualised: only visible rows exist). */
async function filterProblems(text) {
  await showProblems();
  const input = await waitVisible(page.getByPlaceholder(/^Filter \(e\.g\./), 'the Problems panel filter box', 10_000);
  await input.fill(text);
}

/** Waits for a Problems row containing `text` (filtering the panel by it), then clears the filter. */
async function waitForProblem(text, what, timeoutMs) {
  await filterProblems(text);
  try {
    const row = await waitVisible(page.locator('.markers-panel .monaco-tl-row', { hasText: text }), what, timeoutMs);
    return (await row.innerText()).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  } finally {
    await filterProblems('');
  }
}

/** Asserts that no Problems row contains `text` (the filter by it shows "No results"). */
async function expectNoProblem(text, what) {
  await filterProblems(text);
  // The panel says "No results …" once the filter is applied; when it is slow to (or words it otherwise), the
  // rows are read: none may hold the text for a second and a half. A row that does is the failure, with its text.
  let hit;
  let clearSince;
  try {
    await until(async () => {
      if (await page.locator('.markers-panel', { hasText: /No results found with provided filter criteria/ }).isVisible()) return true;
      hit = (await problemRows()).find((r) => r.includes(text));
      if (hit) { clearSince = undefined; return false; }
      clearSince ??= Date.now();
      return Date.now() - clearSince >= 1500;
    }, `the Problems panel to show no results for "${text}" (${what})`, 10_000);
  } catch (e) {
    throw new Error(`${what}: ${hit || e.message}`);
  } finally {
    await filterProblems('');
  }
}

/** The rows of the Problems panel, as text (resource rows and marker rows). */
async function problemRows() {
  return (await page.locator('.markers-panel .monaco-tl-row').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim());
}

/** Error squiggles in the editor, as screen rectangles. */
async function squiggles(editor) {
  return editor.locator('.view-overlays .squiggly-error').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }));
}

/** Waits (on animation frames, bounded) until `probe()` returns a truthy value. */
async function until(probe, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${secs(timeoutMs)} waiting for ${what}`);
    await nextFrame();
  }
}

/** The extension's status bar item (text like "$(law) 2 fact findings"). */
const statusItem = () => page.locator('.statusbar-item', { hasText: /\d+ fact findings?/ });

async function statusText() {
  return ((await statusItem().first().innerText()) || '').replace(/\s+/g, ' ').trim();
}

/** Hovers the status bar item and returns the text of its tooltip. */
async function statusTooltip() {
  const item = await waitVisible(statusItem(), 'the Summit Fact Check status bar item', 30_000);
  const box = await item.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y - 30);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  const hover = await waitVisible(page.locator('.workbench-hover, .monaco-hover:not(.hidden)').filter({ hasText: 'Summit Fact Check' }),
    'the status bar item\'s tooltip', 15_000);
  return (await hover.innerText()).replace(/\u00a0/g, ' ');
}

// ---------------------------------------------------------------- scenarios

const FIX_ON_SAVE = 'fix-on-save.md';
const FIX_ON_SAVE_DRAFT = 'The Biden–Putin summit is set for June 17 in Vienna.';
const FIX_ON_SAVE_FIXED = 'The Biden–Putin summit is set for June 16 in Geneva.';

/** Fix-all on save (.vscode/settings.json: editor.codeActionsOnSave source.fixAll.summitFactCheck). */
async function fixAllOnSave(editor) {
  await step(`fix-all on save: type a draft with two wrong facts into ${FIX_ON_SAVE}`, async () => {
    await openFromExplorer(editor, FIX_ON_SAVE, 'Fix on save');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(FIX_ON_SAVE_DRAFT);
    await waitVisible(page.locator('.tabs-container .tab.dirty', { hasText: FIX_ON_SAVE }), `${FIX_ON_SAVE} modified (dirty tab)`, 10_000);
    // Both findings arrive (wrong date, wrong place) before saving.
    await until(async () => (await squiggles(editor)).length >= 2, 'two error squiggles (June 17, Vienna)', 30_000);
  });

  await step(`fix-all on save: Ctrl+S writes "${FIX_ON_SAVE_FIXED}" to disk`, async () => {
    await page.keyboard.press('Control+S');
    await waitVisible(page.locator('.tabs-container .tab:not(.dirty)', { hasText: FIX_ON_SAVE }), `${FIX_ON_SAVE} saved (tab no longer dirty)`, 30_000);
    const disk = readFileSync(path.join(workspaceDir, FIX_ON_SAVE), 'utf8');
    if (!disk.includes(FIX_ON_SAVE_FIXED)) throw new Error(`${FIX_ON_SAVE} on disk is not fixed (both facts):\n${disk}`);
    if (/June 17|Vienna/.test(disk)) throw new Error(`${FIX_ON_SAVE} on disk still has a wrong fact:\n${disk}`);
    const text = await editorText(editor);
    if (!text.includes(FIX_ON_SAVE_FIXED)) throw new Error(`the editor does not show the fixed sentence:\n${text}`);
    await until(async () => (await squiggles(editor)).length === 0, 'the squiggles to go after the fix', 30_000);
  });
}

const DISABLED = 'disabled.md';

/** <!-- fact-check-disable-next-line --> hides the next line's finding, not others. */
async function disableComment(editor) {
  await step(`disable comment: ${DISABLED} shows the Vienna finding but none for the disabled line`, async () => {
    await openFromExplorer(editor, DISABLED, 'fact-check-disable-next-line');
    await waitForProblem('in Vienna', 'the wrong-place finding ("Vienna") from disabled.md in the Problems panel', 60_000);
    // Both lines are checked in one pass: once the Vienna finding is there, the disabled line's would be too.
    await expectNoProblem('"June 17"', 'the disabled line still has a finding');
    const sq = await until(async () => { const q = await squiggles(editor); return q.length ? q : null; }, 'a squiggle in disabled.md', 10_000);
    const vienna = await textRect(editor, 'Vienna');
    if (sq.length !== 1 || Math.abs(sq[0].x - vienna.x) > 2 || Math.abs(sq[0].y - vienna.y) > vienna.height) {
      throw new Error(`expected exactly one squiggle, under "Vienna"; got ${JSON.stringify(sq)} (Vienna at ${JSON.stringify(vienna)})`);
    }
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'disable-comment.png') });
  });
}

/** The status bar item counts the active file's findings. */
async function statusBar() {
  await step(`status bar: "1 fact finding" for ${DISABLED}`, async () => {
    await waitVisible(statusItem(), 'the Summit Fact Check status bar item', 30_000);
    await until(async () => (await statusText()).includes('1 fact finding') && !(await statusText()).includes('findings'), 'the status bar to say "1 fact finding"', 15_000)
      .catch(async (e) => { throw new Error(`${e.message}; it says "${await statusText()}"`); });
    const tip = await statusTooltip();
    if (!/1 finding/.test(tip)) throw new Error(`tooltip does not give the count: ${tip}`);
    if (!/press\.facts\.yaml/.test(tip)) throw new Error(`tooltip does not list the workspace fact pack press.facts.yaml (trusted workspace): ${tip}`);
    if (/restricted/i.test(tip)) throw new Error(`tooltip says restricted in a trusted workspace: ${tip}`);
    log(`status: ${await statusText()} | tooltip: ${tip.replace(/\n/g, ' / ')}`);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'status-bar.png') });
    await page.mouse.move(5, 5);
  });

  await step(`status bar: "0 fact findings" after switching to the fixed ${DRAFT}`, async () => {
    await page.locator('.tabs-container .tab', { hasText: DRAFT }).first().click();
    await waitVisible(page.locator('.tabs-container .tab.active', { hasText: DRAFT }), `${DRAFT} active`, 10_000);
    await until(async () => (await statusText()).includes('0 fact findings'), 'the status bar to say "0 fact findings"', 15_000)
      .catch(async (e) => { throw new Error(`${e.message}; it says "${await statusText()}"`); });
  });
}

/**
 * A measurement, not a check: the extension's activation time as VS Code reports it in Running
 * Extensions (loading the extension's code plus the synchronous part of `activate`).
 */
async function activationTime() {
  await step('Running Extensions reports the activation time (measurement)', async () => {
    await runCommand('Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Summit Fact Check' });
    await waitVisible(row, 'the Summit Fact Check row in Running Extensions', 30_000);
    const time = (await row.locator('.activation-time').textContent()).trim();
    if (!/\d+\s*ms/.test(time)) throw new Error(`no activation time in the row: "${time}"`);
    log(`extension activation (Running Extensions): ${time}`);
    await page.keyboard.press('Escape');
  });
}

const WORKSPACE_CHECK = 'Summit Fact Check: Check All Markdown Files in the Workspace';
const UNOPENED = 'background.md';
const UNSAVED_SENTENCE = ' The Biden–Putin summit ends on June 19.';

async function runWorkspaceCheck() {
  // A notification from an earlier run must not be taken for this run's.
  if (await page.locator('.notifications-toasts .notification-toast').count()) {
    await runCommand('Notifications: Clear All Notifications');
    await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached', timeout: 10_000 });
  }
  await runCommand(WORKSPACE_CHECK);
  const toast = await waitVisible(page.locator('.notifications-toasts .notification-toast', { hasText: /finding\(s\) in \d+ markdown file/ }),
    'the "N finding(s) in M markdown file(s)" notification', 60_000);
  return (await toast.innerText()).replace(/\s+/g, ' ');
}

/** The workspace check reads files that are not open and lists their findings. */
async function workspaceCheck(editor) {
  await step(`workspace check: "${WORKSPACE_CHECK}" lists a finding from the unopened archive/${UNOPENED}`, async () => {
    if (await page.locator('.tabs-container .tab', { hasText: UNOPENED }).count()) throw new Error(`${UNOPENED} is open; the test needs it closed`);
    const note = await runWorkspaceCheck();
    log(`notification: ${note}`);
    const m = note.match(/(\d+) finding\(s\) in (\d+) markdown file/);
    if (!m || Number(m[2]) < 5) throw new Error(`expected at least 5 markdown files checked: ${note}`);
    await showProblems();
    await waitVisible(page.locator('.markers-panel .monaco-tl-row', { hasText: UNOPENED }), `a Problems entry for ${UNOPENED}`, 30_000);
    const text = await waitForProblem('June 18', `the "June 18" finding from ${UNOPENED}`, 30_000);
    if (!/wrong-date/.test(text)) throw new Error(`the ${UNOPENED} finding is not a wrong-date: ${text}`);
    if (await page.locator('.tabs-container .tab', { hasText: UNOPENED }).count()) throw new Error(`the check opened ${UNOPENED} in an editor`);
    // For the screenshot: let the finished progress notification fade out (best effort).
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'Cancel' }).first()
      .waitFor({ state: 'detached', timeout: 10_000 }).catch(() => log('note: the progress notification is still shown'));
    await page.mouse.move(900, 420); // empty editor area: no tab tooltip in the picture
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'workspace-check.png') });
  });

  await step('workspace check: the trusted workspace\'s fact pack applies (press.md, not open: 40 booths, the pack says 42)', async () => {
    await waitForProblem('42 booths', 'the finding from the workspace fact pack packs/press.facts.yaml', 30_000);
  });

  // Once a known bug: the workspace check replaced an open document's findings with those of its saved text.
  await step(`workspace check: an open document's unsaved finding survives the check`, async () => {
      await page.locator('.tabs-container .tab', { hasText: DRAFT }).first().click();
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(UNSAVED_SENTENCE);
      await waitForProblem('June 19', 'the "June 19" finding for the unsaved edit of draft.md', 30_000);
      await runWorkspaceCheck();
      // The diagnostics the check publishes reach the workbench before its notification,
      // so the status bar already shows the result; the Problems panel may render a little later.
      const status = await statusText();
      if (!status.includes('1 fact finding')) throw new Error(`after the workspace check the status bar says "${status}" for ${DRAFT}, whose unsaved text has one wrong date`);
      await waitForProblem('June 19', 'the unsaved "June 19" finding of draft.md still listed after the workspace check', 5_000);
    });
}

/** A second code-server with workspace trust on: the folder is untrusted (Restricted Mode). */
async function untrustedWorkspace(tools, { extensionsDir }) {
  const userDataDir = path.join(tmp, 'user-data-untrusted');
  const folder = path.join(tmp, 'workspace-untrusted');
  cpSync(path.join(HERE, 'workspace-untrusted'), folder, { recursive: true });
  writeUserSettings(userDataDir, {
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never', // open in Restricted Mode without the modal
    'security.workspace.trust.emptyWindow': false,
  });
  await step('untrusted: restart code-server with workspace trust enabled', async () => {
    await server.stop();
    const s = await startCodeServer(tools, {
      port: await freePort(), userDataDir, extensionsDir, workspace: folder,
      logFile: path.join(tmp, 'code-server-untrusted.log'), workspaceTrust: true,
    });
    server = s;
    await waitForHttp(s, 60_000);
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  const editor = page.locator('.editor-instance .monaco-editor').first();

  await step('untrusted: the workbench opens the folder in Restricted Mode', async () => {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitVisible(page.locator('.monaco-workbench'), 'the VS Code workbench', 90_000);
    await waitVisible(page.locator('.statusbar-item', { hasText: 'Restricted Mode' }), 'the "Restricted Mode" status bar item', 60_000);
    await waitVisible(page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'untrusted.md' }), '"untrusted.md" in the Explorer', 60_000);
  });

  await step('untrusted: only the seed finding appears; the workspace pack\'s finding does not', async () => {
    await openFromExplorer(editor, 'untrusted.md', 'Untrusted workspace');
    await waitForProblem('June 17', 'the seed finding ("June 17") in the Problems panel', 120_000);
    await expectNoProblem('booths', 'a finding from the workspace fact pack appeared in an untrusted workspace');
    const sq = await squiggles(editor);
    if (sq.length !== 1) throw new Error(`expected one squiggle (the seed finding), got ${sq.length}`);
  });

  await step('untrusted: the status bar item says "1 fact finding" and its tooltip says restricted', async () => {
    await until(async () => (await statusItem().count()) && (await statusText()).includes('1 fact finding'), 'the status bar to say "1 fact finding"', 30_000)
      .catch(async (e) => { throw new Error(`${e.message}; it says "${(await statusItem().count()) ? await statusText() : '(no item)'}"`); });
    const tip = await statusTooltip();
    log(`status: ${await statusText()} | tooltip: ${tip.replace(/\n/g, ' / ')}`);
    if (/press\.facts\.yaml/.test(tip)) throw new Error(`the tooltip lists the workspace pack as loaded: ${tip}`);
    if (!/restricted/i.test(tip)) throw new Error(`the tooltip does not say restricted: ${tip}`);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'restricted-mode.png') });
  });
  await context.close();
}


async function cleanup() {
  try { await browser?.close(); } catch { /* ignore */ }
  try { await server?.stop(); } catch { /* ignore */ }
  if (tmp && !process.env.E2E_KEEP && process.exitCode === 0) rmSync(tmp, { recursive: true, force: true });
}

const overall = setTimeout(async () => {
  aborted = true;
  console.log(`FAIL overall time limit of ${secs(OVERALL_TIMEOUT_MS)} exceeded (set E2E_TIMEOUT_S to change it)`);
  await failureArtifacts();
  process.exitCode = 1;
  // Closing the browser and code-server makes the running step fail; main's
  // finally block then prints the summary. Force the exit if it does not.
  setTimeout(() => process.exit(1), 15_000).unref();
  await cleanup();
}, OVERALL_TIMEOUT_MS);

let artifactsDone = false;
async function failureArtifacts() {
  if (artifactsDone) return;
  artifactsDone = true;
  if (page && tmp) {
    const shot = path.join(tmp, 'failure.png');
    try {
      await page.screenshot({ path: shot, timeout: 10_000 });
      console.log(`     failure screenshot: ${shot}`);
    } catch { /* ignore */ }
  }
  if (server) {
    console.log(`     code-server log (${path.join(tmp, 'code-server.log')}), last lines:`);
    console.log(server.logTail(25).split('\n').map((l) => `     | ${l}`).join('\n'));
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    console.log(`FAIL interrupted by ${sig}`);
    process.exitCode = 1;
    await cleanup();
    process.exit(1);
  });
}

try {
  await main();
  process.exitCode = 0;
} catch (e) {
  if (!(e instanceof StepError) && !aborted) console.log(`FAIL unexpected error: ${e.stack || e}`);
  await failureArtifacts();
  process.exitCode = 1;
} finally {
  clearTimeout(overall);
  await cleanup();
  const passed = results.filter((r) => r.ok && !r.skipped).length;
  const skipped = results.filter((r) => r.skipped).length;
  console.log(`\ne2e-codeserver: ${process.exitCode === 0 ? 'PASS' : 'FAIL'} in ${secs(Date.now() - t0)}`);
  const failed = Math.max(results.length - passed - skipped, process.exitCode === 0 ? 0 : 1);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped (known product bugs)`);
  if (process.exitCode !== 0 && tmp) console.log(`artifacts kept in ${tmp}`);
}
