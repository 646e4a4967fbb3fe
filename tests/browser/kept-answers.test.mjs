// Nothing a person typed or answered is lost, and no input freezes or fools the app: a long plan
// survives a reload and an export and import; a full storage keeps the saved copy it cannot set
// aside; starting the other variant keeps the answers; two tabs do not write over each other; a
// NUL in a text does not cut the printable report short; a trainer's questionnaire that never
// arrives ends on the error screen with the way back, and a %00 in its address is refused.
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

test('a plan field stops at 4,000 characters and says so; a longer plan saved earlier survives a reload and an export and import', async () => {
    // An older copy, saved before the field stopped at the limit: 5,000 characters.
    const older = 'Leren plannen. '.repeat(333) + 'Einde.';
    assert.equal(older.length, 5001);
    const { context, page, consoleErrors } = await openWithSaved('phone', finished({ plan: { goal: older, first_step: '', helper: '', when: '' } }));
    await waitForScreen(page, 'results');
    assert.doesNotMatch(await mirrorText(page), /beschadigd/);
    assert.equal(JSON.parse(await saved(page)).plan.goal, older);
    assert.equal(await kept(page), null, 'nothing was set aside');

    // Typing more into another field stops at the limit, with a message under the field.
    await tapControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await reveal(page, 'plan-first-step');
    const field = page.locator('#a11y [data-id="plan-first-step"]');
    assert.equal(await field.getAttribute('maxlength'), '4000');
    await field.fill('x'.repeat(3990));
    await field.press('End');
    await page.keyboard.type('0123456789ABCDEF');
    await page.waitForFunction(() => /In dit veld passen 4000 tekens, en het is vol\./.test(document.getElementById('a11y').textContent));
    await screenshot(page, 'phone-plan-field-full');
    await page.waitForFunction(key => JSON.parse(localStorage.getItem(key)).plan.first_step.length === 4000, storageKey);
    assert.equal(JSON.parse(await saved(page)).plan.first_step, 'x'.repeat(3990) + '0123456789');

    // A reload reads it all back.
    await page.reload();
    await waitForScreen(page, 'results');
    const afterReload = JSON.parse(await saved(page));
    assert.equal(afterReload.plan.goal, older);
    assert.equal(afterReload.plan.first_step.length, 4000);
    assert.equal(await kept(page), null);

    // The downloaded file loads back, plan and all.
    await tapControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await tapControl(page, 'to-report');
    await waitForScreen(page, 'report');
    const download = page.waitForEvent('download');
    await tapControl(page, 'download');
    const file = readFileSync(await (await download).path(), 'utf8');
    assert.equal(JSON.parse(file).plan.goal, older);
    await page.evaluate(key => localStorage.removeItem(key), storageKey);
    const chooser = page.waitForEvent('filechooser');
    await tapControl(page, 'import');
    await (await chooser).setFiles({ name: 'leerregie.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => /Je antwoorden zijn ingeladen\./.test(document.getElementById('a11y').textContent));
    const imported = JSON.parse(await saved(page));
    assert.equal(imported.plan.goal, older);
    assert.equal(imported.plan.first_step.length, 4000);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('when storage is too full to set damaged answers aside, the saved copy stays and the message says so', async () => {
    const damaged = '{"format": "leerregie-answers", "version": 1, "answers": {"proactive_find": 9';
    // A storage with no room left: writing the ".damaged" copy (or anything else) fails.
    const full = () => {
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    };
    const { context, page, consoleErrors } = await openWithSaved('phone', damaged, { initScript: full });
    await waitForScreen(page, 'intro');
    assert.match(await mirrorText(page),
                 /Je bewaarde antwoorden konden niet gelezen worden, en er was op dit apparaat geen ruimte om ze apart te zetten\. Ze zijn gebleven zoals ze waren\./);
    await screenshot(page, 'phone-storage-full');
    assert.equal(await saved(page), damaged, 'the only copy is still there');
    assert.equal(await kept(page), null);

    // A new scan does not write over it, and says so.
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Vraag 1 van/.test(document.getElementById('live').textContent));
    await page.keyboard.press('2');
    await page.waitForFunction(() => /worden niet op dit apparaat bewaard|wordt niet op dit apparaat bewaard/.test(document.getElementById('a11y').textContent));
    await screenshot(page, 'phone-storage-full-answering');
    assert.equal(await saved(page), damaged);
    assert.deepEqual(consoleErrors, []);
    await context.close();

    // The desktop in English says the same.
    const english = await openWithSaved('desktop', damaged, { query: 'lang=en', initScript: full });
    await waitForScreen(english.page, 'intro');
    assert.match(await mirrorText(english.page), /there was no room on this device to set them aside\. They are left as they were\./);
    await screenshot(english.page, 'desktop-storage-full');
    await english.context.close();
});

test('starting the full scan after seven short-scan answers keeps them, and switching back finds them all', async () => {
    const seven = Object.fromEntries(shortItems.slice(0, 7).map((item, index) => [item.id, 1 + (index % 3)]));
    const { context, page, consoleErrors } = await openWithSaved('desktop', answersFile({ answers: seven, position: 0 }));
    await waitForScreen(page, 'question');
    await page.keyboard.press('ArrowLeft');  // from the first step back to the intro
    await waitForScreen(page, 'intro');
    await clickControl(page, 'start-full');
    await waitForScreen(page, 'question');
    const inFull = questionnaire.items.filter(item => item.id in seven).length;
    assert.match(await mirrorText(page), new RegExp(`Je antwoorden zijn bewaard: ze horen alle ${inFull} ook bij deze scan\\.`));
    await screenshot(page, 'desktop-variant-switched');
    const now = JSON.parse(await saved(page));
    assert.equal(now.variant, 'full');
    assert.deepEqual(now.answers, seven);
    assert.ok(parseQuestion(await live(page)), 'the first question without an answer is asked');

    // And back: the short scan still has all seven.
    for (let guard = 0; guard < 80 && (await page.evaluate(() => document.documentElement.dataset.screen)) === 'question'; guard++)
        await page.keyboard.press('ArrowLeft');
    await waitForScreen(page, 'intro');
    await clickControl(page, 'start-short');
    await waitForScreen(page, 'question');
    const back = JSON.parse(await saved(page));
    assert.equal(back.variant, 'short');
    assert.deepEqual(back.answers, seven);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('two tabs of one browser do not lose each other\'s answers, and a tab says when the other moved ahead', async () => {
    const { context, page: first, consoleErrors } = await openPage(session.browser, 'desktop');
    await first.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(first, 'intro');

    // The second tab, opened later, answers three questions.
    const second = await context.newPage();
    await second.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(second, 'intro');
    await second.keyboard.press('Enter');
    await waitForScreen(second, 'question');
    await answerAll(second, () => second.keyboard.press('1'), () => second.keyboard.press('Enter'), 4);
    const fromSecond = JSON.parse(await saved(second)).answers;
    assert.equal(Object.keys(fromSecond).length, 3);

    // The first tab, still on its intro with nothing answered, heard of it and says so.
    await first.waitForFunction(() => /Je ging in een ander tabblad of venster verder met deze scan\./.test(document.getElementById('a11y').textContent));
    await screenshot(first, 'desktop-other-tab-ahead');
    await first.keyboard.press('Enter');  // continue
    await waitForScreen(first, 'question');
    const text = await live(first);
    const question = parseQuestion(text);
    assert.ok(question, `the first tab asks a question, not ${text}`);
    assert.equal(question.number, 4, 'it continues after the other tab\'s three answers');
    await answerAll(first, () => first.keyboard.press('2'), () => first.keyboard.press('Enter'), 6);
    const both = JSON.parse(await saved(first));
    assert.equal(Object.keys(both.answers).length, 5);
    for (const [id, option] of Object.entries(fromSecond)) assert.equal(both.answers[id], option);

    // The second tab, still on question 4, heard of it too; its own newer choice there is saved
    // beside everything the first tab added.
    await second.waitForFunction(() => /Je ging in een ander tabblad of venster verder met deze scan\./.test(document.getElementById('a11y').textContent));
    await second.keyboard.press('1');
    await second.waitForFunction(([key, before]) => {
        const now = JSON.parse(localStorage.getItem(key)).answers;
        return Object.keys(now).some(id => now[id] !== before[id]);
    }, [storageKey, both.answers]);
    const all = JSON.parse(await saved(second));
    const changed = Object.keys(all.answers).filter(id => all.answers[id] !== both.answers[id]);
    assert.equal(changed.length, 1, 'only the second tab\'s new choice for question 4 differs');
    assert.equal(all.answers[changed[0]], 1);
    assert.deepEqual(Object.keys(all.answers).sort(), Object.keys(both.answers).sort(), 'no answer is lost');
    assert.ok(all.revision > both.revision, 'every save counts up');
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

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
