/* global window, document, requestAnimationFrame, MutationObserver */
/**
 * Figures measured in the real renderer (Debian Chromium, browser mode):
 * start-up, keystroke-to-paint latency and the JS heap over many letters.
 */
import { median, percentile } from '../out/bench/bench.js';

const EDITOR = '[data-testid=editor-body][contenteditable=true]';

/** In the page: resolves with the time after the next frame is painted (a rAF, then a task queued behind the paint). */
function afterPaint() {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}
/** Page scripts are serialised; the page's CSP forbids eval, so helpers travel as source. */
const pageScript = (probe) =>
  `window.__afterPaint = ${afterPaint.toString()}; (${probe.toString()})(${JSON.stringify(EDITOR)});`;

/**
 * Navigation start → the editor shown, and → a typed key echoed and painted.
 * All read from the page's own clock (0 = navigation start). The driver looks
 * for the editor every frame, focuses it and types as soon as it is there
 * (Playwright's locator and page.focus() waits added 130–220 ms of driver
 * time to "painted"). The key's arrival in the page is recorded too,
 * so the driver's share (shown → keydown) is reported apart from the app's
 * (keydown → painted).
 * `locale` is the system language the page sees (navigator.languages), which
 * the interface follows: 'zh-CN' times start-up in the Chinese interface.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {number} runs
 * @param {string} [locale]
 */
export async function startupFigures(browser, url, runs, locale = 'en-GB') {
  const shown = [];
  const echoed = [];
  const driver = [];
  const firstKey = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ locale });
    await page.addInitScript(pageScript(installStartupProbe));
    await page.goto(url, { waitUntil: 'commit' });
    // Focused from the page in the frame it appears: page.focus() and locators took 130–220 ms more.
    const focusWhenShown = (/** @type {string} */ selector) => {
      const editor = /** @type {HTMLElement | null} */ (document.querySelector(selector));
      editor?.focus();
      return editor !== null;
    };
    await page.waitForFunction(focusWhenShown, EDITOR, { polling: 'raf' });
    await page.keyboard.type('Q');
    await page.waitForFunction(() => window.__bench?.echoed !== undefined);
    const probe = await page.evaluate(() => window.__bench);
    shown.push(probe.shown);
    echoed.push(probe.echoed);
    driver.push(probe.keydown - probe.shown);
    firstKey.push(probe.echoed - probe.keydown);
    await page.close();
  }
  return {
    shownMedianMs: median(shown),
    echoedMedianMs: median(echoed),
    driverMedianMs: median(driver),
    firstKeyMedianMs: median(firstKey),
    runs,
  };
}

/** Runs in the page before its scripts: notes when the editor appears, when the first key arrives and when it is painted. */
function installStartupProbe(selector) {
  const bench = (window.__bench = {});
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      bench.shown = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('keydown', () => (bench.keydown = bench.keydown ?? performance.now()), true);
  document.addEventListener(
    'input',
    () => {
      if (bench.echoed === undefined && document.querySelector(selector)?.textContent.includes('Q'))
        window.__afterPaint().then((t) => (bench.echoed = bench.echoed ?? t));
    },
    true,
  );
}

/**
 * Keystroke-to-paint: `performance.now()` at keydown to the frame painted after
 * the input event, one key at a time (each waits for its frame).
 *
 * The driver sends each key just after a frame (it notices the previous key's
 * paint in a rAF), so keystroke-to-paint includes nearly a whole 60 Hz frame
 * of waiting (~16.7 ms) however little the app does. `work` is the part the
 * app controls, from the browser's own Event Timing entries: keydown's
 * timestamp to the end of the input event's handlers (the editor's update,
 * its listeners and React, microtasks included), before the frame is drawn.
 * @param {import('playwright-core').Page} page @param {string} text
 */
export async function typingFigures(page, text) {
  const editor = page.locator(EDITOR);
  await editor.locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.evaluate(pageScript(installTypingProbe));
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]);
    await page.waitForFunction((n) => window.__latencies.length >= n, i + 1, { polling: 'raf' });
  }
  const { latencies, work } = await page.evaluate(() => ({
    latencies: window.__latencies,
    work: window.__work,
  }));
  const tail = await editor.evaluate((root) => root.textContent.slice(-40));
  if (!tail.endsWith(text.slice(-20).trimEnd()))
    throw new Error(`The typed text did not reach the end of the letter (it ends "${tail}").`);
  return {
    keystrokes: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    workP50Ms: percentile(work, 50),
    workP95Ms: percentile(work, 95),
  };
}

function installTypingProbe(selector) {
  const editor = document.querySelector(selector);
  const pending = [];
  window.__latencies = [];
  window.__work = [];
  let keydownAt;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') keydownAt = entry.startTime;
      else if (entry.name === 'input' && keydownAt !== undefined) {
        window.__work.push(entry.processingEnd - keydownAt);
        keydownAt = undefined;
      }
    }
  }).observe({ type: 'event', durationThreshold: 0 });
  editor.addEventListener('keydown', () => pending.push(performance.now()), true);
  editor.addEventListener(
    'input',
    () => {
      const start = pending.shift();
      if (start !== undefined) window.__afterPaint().then((t) => window.__latencies.push(t - start));
    },
    true,
  );
}

/**
 * Renderer JS heap after opening letters one after another from the library,
 * after a forced garbage collection (CDP), at the given checkpoints.
 * @param {import('playwright-core').Page} page
 * @param {{ title: string, firstWords: string }[]} letters
 * @param {number[]} checkpoints
 */
export async function heapFigures(page, letters, checkpoints) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {Record<number, number>} */
  const heapMb = {};
  for (let i = 0; i < letters.length; i++) {
    const { title, firstWords } = letters[i];
    const item = page.getByTestId('library-item').filter({ hasText: title });
    await item.getByTestId('library-open').click();
    await page.waitForFunction(
      ([selector, words]) => document.querySelector(selector)?.textContent.startsWith(words),
      [EDITOR, firstWords],
    );
    if (checkpoints.includes(i + 1)) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heapMb[i + 1] = usedSize / 1024 / 1024;
    }
  }
  return heapMb;
}
