// Text is text, and a slow server does not hold the app up: a NUL in a text does not cut the
// printable report short; a trainer's questionnaire that never arrives ends on the error screen
// with the way back, and a %00 in its address is refused with a message that shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { answerAll, clickControl, live, parseQuestion, questionnaire, reveal, storageKey, tapControl } from './journey.mjs';

const session = useBrowser();

const shortItems = questionnaire.items.filter(item => item.short);

function answersFile(fields) {
    return JSON.stringify({ format: 'leerregie-answers', version: 1, questionnaire: questionnaire.id, variant: 'short',
                            answers: {}, ...fields });
}

// A finished short scan: the app opens on its results.
const finished = fields => answersFile({ answers: Object.fromEntries(shortItems.map(item => [item.id, 2])), position: 999,
                                         ...fields });

// Opens the app with `text` saved in local storage before the first visit; `initScript` runs in
// the page before the app (e.g. to make storage refuse something).
async function openWithSaved(viewport, text, { query = 'lang=nl', initScript } = {}) {
    const opened = await openPage(session.browser, viewport);
    if (text !== null)
        await opened.context.addInitScript(([key, value]) => {
            if (!sessionStorage.getItem('seeded')) {
                localStorage.setItem(key, value);
                sessionStorage.setItem('seeded', '1');
            }
        }, [storageKey, text]);
    if (initScript) await opened.context.addInitScript(initScript);
    await opened.page.goto(`${session.server.url}?${query}`);
    return opened;
}

const saved = page => page.evaluate(key => localStorage.getItem(key), storageKey);
const kept = page => page.evaluate(key => localStorage.getItem(key + '.damaged'), storageKey);
const mirrorText = page => page.locator('#a11y').textContent();

test('a NUL in the plan does not cut the printable report short', async () => {
    const plan = { goal: 'Voor de nul\u0000na de nul', first_step: 'Eerste stap', helper: '', when: '' };
    const { context, page, consoleErrors } = await openWithSaved('desktop', finished({ plan }));
    await waitForScreen(page, 'results');
    await clickControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await clickControl(page, 'to-report');
    await waitForScreen(page, 'report');
    const popup = context.waitForEvent('page');
    await clickControl(page, 'print');
    const report = await popup;
    await report.waitForLoadState();
    const body = await report.locator('body').textContent();
    assert.match(body, /Voor de nul/);
    assert.match(body, /na de nul/, 'the text after the NUL is there');
    assert.match(body, /Eerste stap/);
    assert.match(body, /Bronnen/, 'the sources come after the plan');
    assert.match(body, /Dit rapport is op jouw apparaat gemaakt\./, 'the privacy note ends the report');
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('a trainer\'s questionnaire that never arrives ends on the error screen, with the way to the built-in scan', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await page.route('**/stalled.json', () => {});  // the server takes the request and never answers
    await page.goto(`${session.server.url}?lang=nl&questionnaire=stalled.json`);
    await waitForScreen(page, 'loading');
    await waitForScreen(page, 'error', 30000);
    assert.match(await live(page),
                 /De vragenlijst "stalled\.json" kon niet opgehaald worden \(de website gaf niet op tijd antwoord\)\./);
    await screenshot(page, 'phone-questionnaire-timed-out');
    await tapControl(page, 'to-builtin');
    await waitForScreen(page, 'intro');
    // The failed request is the only console message: the browser reports the aborted fetch.
    assert.deepEqual(consoleErrors.filter(text => !/stalled\.json|Failed to load resource/.test(text)), []);
    await context.close();
});

test('a NUL (%00) in the questionnaire address is refused with a message that shows it', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl&questionnaire=vragenlijst.json%00.png`);
    await waitForScreen(page, 'error');
    assert.match(await live(page),
                 /De vragenlijst "vragenlijst\.json\\u0000\.png" wordt niet geladen: het adres heeft een spatie, een backslash \(\\\) of een ander teken dat niet mag\./);
    await screenshot(page, 'desktop-questionnaire-nul');
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
