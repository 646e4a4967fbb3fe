// The whole journey as people make it: the short scan by touch on a phone, the full scan by
// keyboard on a desktop, resuming after a reload, a corrupt import, English throughout, and
// "Alles wissen". The scores the app shows must be the ones leerregie-cli computes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { answerAll, answerFor, clickControl, cliScores, finishByKeyboard, live, liveChanged, parseQuestion, questionnaire, screen,
         scoresFromLive, storageKey, tapControl } from './journey.mjs';

const session = useBrowser();

test('the short scan done by touch on a phone shows the scores leerregie-cli computes', async () => {
    const { context, page, consoleErrors, requests } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'intro');
    await screenshot(page, 'phone-intro');
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    await screenshot(page, 'phone-section');
    let shotTaken = false;
    await answerAll(page, async (number, options) => {
        if (!shotTaken) {
            await screenshot(page, 'phone-question');
            shotTaken = true;
        }
        await tapControl(page, `option-${answerFor(number, options)}`);
    }, () => tapControl(page, 'next'));
    await waitForScreen(page, 'results');
    await screenshot(page, 'phone-results');

    const shown = scoresFromLive(await live(page), 'nl');
    const computed = await cliScores(page);
    assert.deepEqual(shown, computed);
    assert.ok(Object.values(shown).every(score => score !== undefined), 'every dimension is read out');

    await tapControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await screenshot(page, 'phone-plan');
    await tapControl(page, 'to-report');
    await waitForScreen(page, 'report');
    await screenshot(page, 'phone-report');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests.filter(url => !url.startsWith(session.server.url)), []);
    await context.close();
});

test('the full scan done by keyboard on a desktop shows the scores leerregie-cli computes', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl&variant=full`);
    await waitForScreen(page, 'intro');
    await screenshot(page, 'desktop-intro');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'question');
    let questions = 0, stated = 0;
    await answerAll(page, async (number, options) => {
        questions++;
        stated = parseQuestion(await live(page)).count;
        if (number === 20) await screenshot(page, 'desktop-question');
        await page.keyboard.press(String(answerFor(number, options)));
    }, () => page.keyboard.press('Enter'));
    // Every question of the full scan, less those an answer skipped, and "Vraag N van M" agrees.
    assert.equal(questions, stated);
    assert.ok(questions > 40 && questions <= questionnaire.items.length, `${questions} questions`);
    await waitForScreen(page, 'results');
    await screenshot(page, 'desktop-results');
    assert.deepEqual(scoresFromLive(await live(page), 'nl'), await cliScores(page));
    await clickControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await screenshot(page, 'desktop-plan');
    await clickControl(page, 'settings');
    await page.waitForFunction(() => document.querySelector('#a11y [data-id="settings-close"]'));
    await screenshot(page, 'desktop-settings');
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('"weet niet" by the 0 key, going back with ArrowLeft, and next with ArrowRight', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    // From the intro's own text: #live is never empty, so waiting for any text could return
    // before Enter had been handled.
    let text = await live(page);
    await page.keyboard.press('Enter');
    text = await liveChanged(page, text);
    if (!parseQuestion(text)) {
        await page.keyboard.press('ArrowRight');
        text = await liveChanged(page, text);
    }
    assert.equal(parseQuestion(text).number, 1);
    await page.keyboard.press('0');
    // The first question is on its own; the next topic opens with its introduction.
    await page.waitForFunction(() => !/^Vraag 1 /.test(document.getElementById('live').textContent));
    assert.equal(parseQuestion(await live(page)), null);
    const saved = JSON.parse(await page.evaluate(key => localStorage.getItem(key), storageKey));
    assert.equal(saved.answers.bg_contract, null);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Vraag 2 /.test(document.getElementById('live').textContent));
    text = await live(page);
    await page.keyboard.press('ArrowLeft');
    await liveChanged(page, text);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => /^Vraag 1 .*Gekozen: Zeg ik liever niet\./.test(document.getElementById('live').textContent));
    text = await live(page);
    await page.keyboard.press('ArrowRight');
    await liveChanged(page, text);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^Vraag 2 /.test(document.getElementById('live').textContent));
    await context.close();
});

test('a reload half-way resumes at the same question', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    await answerAll(page, (number, options) => tapControl(page, `option-${answerFor(number, options)}`),
                    () => tapControl(page, 'next'), 6);
    assert.equal(parseQuestion(await live(page))?.number, 6);
    await page.reload();
    await waitForScreen(page, 'question');
    assert.equal(parseQuestion(await live(page))?.number, 6);
    await context.close();
});

test('English throughout with lang=en', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=en&variant=short`);
    await waitForScreen(page, 'intro');
    assert.match(await live(page), /Your answers stay on this device/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await finishByKeyboard(page);
    await waitForScreen(page, 'results');
    const text = await live(page);
    assert.match(text, /^Your results\./);
    assert.doesNotMatch(text, /Vraag|Jouw|Tips:/);
    assert.deepEqual(scoresFromLive(text, 'en'), await cliScores(page));
    await screenshot(page, 'desktop-results-en');
    await context.close();
});

test('a corrupt answers file is refused and the answers are kept', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    await finishByKeyboard(page);
    await waitForScreen(page, 'results');
    const before = await page.evaluate(key => localStorage.getItem(key), storageKey);
    await clickControl(page, 'to-report');
    await waitForScreen(page, 'report');
    const chooser = page.waitForEvent('filechooser');
    await clickControl(page, 'import');
    await (await chooser).setFiles({ name: 'kapot.json', mimeType: 'application/json',
                                     buffer: Buffer.from('{"format": "leerregie-answers", "version": 1, "answ') });
    await page.waitForFunction(() => /kon niet ingeladen worden/.test(document.getElementById('live').textContent));
    await screenshot(page, 'desktop-import-refused');
    assert.equal(await page.evaluate(key => localStorage.getItem(key), storageKey), before);
    await context.close();
});

test('"Alles wissen" empties local storage after a confirmation', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    assert.notEqual(await page.evaluate(key => localStorage.getItem(key), storageKey), null);
    await tapControl(page, 'settings');
    await page.waitForFunction(() => document.querySelector('#a11y [data-id="clear"]'));
    await screenshot(page, 'phone-settings');
    await tapControl(page, 'clear');
    await page.waitForFunction(() => document.querySelector('#a11y [data-id="clear-confirm"]'));
    await tapControl(page, 'clear-confirm');
    await waitForScreen(page, 'intro');
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter(key => key.startsWith('leerregie')).length), 0);
    await context.close();
});

test('damaged saved answers give a calm message and a fresh start, and the damaged copy is kept', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await context.addInitScript(key => {
        if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, '{"format": "leerregie-answers", "version": 1, "answers": {"proactive_find": 9');
            sessionStorage.setItem('seeded', '1');
        }
    }, storageKey);
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'intro');
    await screenshot(page, 'phone-storage-damaged');
    const storage = await page.evaluate(key => ({ saved: localStorage.getItem(key), kept: localStorage.getItem(key + '.damaged') }),
                                        storageKey);
    assert.equal(storage.saved, null);
    assert.match(storage.kept, /proactive_find/);
    assert.ok(await page.locator('#a11y').getByText(/bewaarde antwoorden waren beschadigd/).count() > 0);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
