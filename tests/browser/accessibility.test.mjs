// Screen readers cannot see inside a canvas, so every screen also exists as real HTML controls.
// These tests complete the short scan and use the group view through those controls alone — by
// role and name, never by canvas coordinates — and run axe-core on every screen in both languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { drawnAfter, openPage, useBrowser, waitForScreen } from './harness.mjs';
import { cli, live, liveChanged, openOnResults, parseQuestion, questionnaire, root, screen, storageKey } from './journey.mjs';

const session = useBrowser();

// Codes of `count` other people with the short scan's answers, each from a scan of their own.
function otherCodes(count) {
    const answers = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));
    const folder = mkdtempSync(path.join(tmpdir(), 'leerregie-a11y-'));
    return Array.from({ length: count }, (_, index) => {
        const file = path.join(folder, `answers-${index}.json`);
        writeFileSync(file, JSON.stringify({ ...answers, scan: 7000 + index }));
        return execFileSync(cli, ['code', path.join(root, 'assets/questionnaire.json'), file], { encoding: 'utf8' }).trim();
    });
}

// axe-core on what `page` shows now. Serious and critical findings are returned, to fail the test;
// the others are listed in the test's output.
async function axeFindings(page, where, t) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const describe = violation => `${where}: ${violation.id} (${violation.impact}) at `
                                  + violation.nodes.map(node => node.target.join(' ')).join(', ');
    const serious = violations.filter(violation => ['serious', 'critical'].includes(violation.impact));
    for (const violation of violations) if (!serious.includes(violation)) t.diagnostic(describe(violation));
    return serious.map(describe);
}

for (const [language, languageName] of [['nl', 'Dutch'], ['en', 'English']]) {
    test(`every screen in ${languageName} passes axe-core without serious or critical findings`, async t => {
        const { context, page } = await openPage(session.browser, 'desktop');
        const control = id => page.locator(`#a11y [data-id="${id}"]`);
        const serious = {};
        const check = async (where, on = page) => {
            assert.equal(await on.evaluate(() => document.documentElement.lang), language, `the language of ${where}`);
            serious[where] = await axeFindings(on, where, t);
        };

        await page.goto(`${session.server.url}?lang=${language}&variant=short`);
        await waitForScreen(page, 'intro');
        await check('the intro');
        await control('settings').press('Enter');
        await control('settings-close').waitFor();
        await check('the settings');
        await control('settings-close').press('Enter');
        await control('settings-close').waitFor({ state: 'detached' });

        // The scan opens on its first section's introduction, then that section's first question.
        await control('start-short').press('Enter');
        await waitForScreen(page, 'question');
        const introduction = await live(page);
        assert.equal(parseQuestion(introduction), null, 'the scan opens on a section introduction');
        await check('a section introduction');
        await control('next').press('Enter');
        assert.ok(parseQuestion(await liveChanged(page, introduction)), 'a question follows the introduction');
        await check('a question');

        const answers = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));
        answers.position = 1000;
        await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, JSON.stringify(answers)]);
        await page.reload();
        await waitForScreen(page, 'results');
        await check('the results');
        await control('share').press('Enter');
        await control('copy-code').waitFor();
        const code = (await page.locator('#a11y').getByText(/^[0-9A-Z]{4}-/).textContent()).trim();
        await check('the results with the result code shown');
        await control('to-plan').press('Enter');
        await waitForScreen(page, 'plan');
        await check('the advice and plan');
        await control('to-report').press('Enter');
        await waitForScreen(page, 'report');
        await check('keeping the result');
        const [printable] = await Promise.all([context.waitForEvent('page'), control('print').press('Enter')]);
        await printable.waitForLoadState();
        await check('the printable report', printable);
        await printable.close();

        await page.goto(`${session.server.url}?view=group&lang=${language}`);
        await waitForScreen(page, 'group');
        await check('the empty group view');
        await control('codes').fill(`${code}\nnot a code`);
        await page.waitForFunction(() => /\b1 (deelnemers|participants)\b/.test(document.getElementById('live').textContent)
                                         && /(Regel|Line) 2: /.test(document.getElementById('live').textContent));
        await check('the group view with a code and a wrong line, below the fewest shown');
        // Two more participants, and the trainer shows the group from three.
        await control('codes').fill([code, ...otherCodes(2), 'not a code'].join('\n'));
        await page.waitForFunction(() => /\b3 (deelnemers|participants)\b/.test(document.getElementById('live').textContent));
        await control('group-minimum-3').press('Enter');
        await control('group-print').waitFor({ state: 'attached' });
        await check('the group view with three participants');
        const [overview] = await Promise.all([context.waitForEvent('page'), control('group-print').press('Enter')]);
        await overview.waitForLoadState();
        await check('the printable group overview', overview);
        await overview.close();

        await page.goto(`${session.server.url}?questionnaire=files/missing.json&lang=${language}`);
        await waitForScreen(page, 'error');
        await check('the error screen');

        for (const [where, findings] of Object.entries(serious)) assert.deepEqual(findings, [], `axe on ${where}`);
        await context.close();
    });
}

test('the short scan can be completed through the accessible controls alone', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');

    await page.getByRole('button', { name: 'Start de korte scan' }).press('Enter');
    await waitForScreen(page, 'question');
    const short = questionnaire.items.filter(item => item.short);
    for (let guard = 0; guard < 60 && (await screen(page)) === 'question'; guard++) {
        const text = await live(page);
        const question = parseQuestion(text);
        if (!question) {
            await page.getByRole('button', { name: 'Verder' }).press('Enter');
            await liveChanged(page, text);
            continue;
        }
        // An answer can skip later questions, so the question is found by its text.
        const item = short.find(candidate => text.includes(`. ${candidate.text.nl} `));
        const group = page.getByRole('radiogroup', { name: item.text.nl });
        await assert.doesNotReject(group.waitFor({ state: 'attached' }), `a radio group named after question ${question.number}`);
        const options = group.getByRole('radio');
        assert.equal(await options.count(), question.options + (text.includes(' 0: ') ? 1 : 0));
        await options.nth(question.options - 1).press('Enter');
        await page.waitForFunction(number => {
            const now = document.getElementById('live').textContent;
            return !now.startsWith(`Vraag ${number} `) || document.documentElement.dataset.screen !== 'question';
        }, question.number);
    }
    await waitForScreen(page, 'results');
    assert.ok(await page.getByRole('heading', { name: 'Je resultaten' }).count() > 0);
    await page.getByRole('button', { name: 'Deel met je trainer' }).press('Enter');
    await page.getByRole('button', { name: 'Kopieer de code' }).waitFor();
    assert.ok(await page.locator('#a11y').getByText(/^[0-9A-Z]{4}-/).count() === 1, 'the code itself is readable text');

    await page.getByRole('button', { name: 'Naar je tips en actieplan' }).press('Enter');
    await waitForScreen(page, 'plan');
    const goal = page.getByRole('textbox', { name: 'Wat wil je leren of bereiken?' });
    await goal.fill('Beter feedback vragen – één keer per week, ook aan collega’s');
    await page.waitForFunction(() => /feedback vragen/.test(localStorage.getItem('leerregie.answers.leerregie') || ''));
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('leerregie.answers.leerregie')));
    assert.equal(saved.plan.goal, 'Beter feedback vragen – één keer per week, ook aan collega’s');

    await page.getByRole('button', { name: 'Bewaren of printen' }).press('Enter');
    await waitForScreen(page, 'report');

    await page.getByRole('button', { name: 'Instellingen' }).press('Enter');
    await page.getByRole('button', { name: 'Klaar' }).waitFor();
    await context.close();
});

test('the group view can be used through the accessible controls alone', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?view=group&lang=en`);
    await waitForScreen(page, 'group');
    const codes = page.getByRole('textbox', { name: 'Result codes, one per line' });
    await codes.fill('not a code');
    await page.waitForFunction(() => /Line 1: /.test(document.getElementById('live').textContent));
    assert.ok(await page.locator('#a11y').getByText(/^Line 1: /).count() === 1, 'the problem is readable text');
    await context.close();
});

test('in the settings each choice is a radio group of its own, also after a choice, each language is named in its own language, and the page takes the one chosen', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=en`);
    await waitForScreen(page, 'intro');
    await page.getByRole('button', { name: 'Settings' }).press('Enter');
    await page.getByRole('button', { name: 'Done' }).waitFor();
    // The English texts of assets/strings.json's ui.settings, each group's options in order.
    const groups = { 'Language': ['Nederlands', 'English'], 'Text size': ['Small', 'Normal', 'Large', 'Extra large'],
                     'Colours': ['Light', 'Dark', 'High contrast'] };
    const shown = async () => {
        const found = {};
        for (const name of Object.keys(groups))
            found[name] = await page.getByRole('radiogroup', { name, exact: true }).getByRole('radio').allTextContents();
        return found;
    };
    assert.deepEqual(await shown(), groups, 'as the settings open');
    assert.equal(await page.locator('#a11y [data-id="language-nl"]').getAttribute('lang'), 'nl');
    assert.equal(await page.locator('#a11y [data-id="language-en"]').getAttribute('lang'), 'en');
    await page.getByRole('radio', { name: 'Large', exact: true }).press('Enter');
    await page.locator('#a11y [data-id="text-size-2"][aria-checked="true"]').waitFor();
    assert.deepEqual(await shown(), groups, 'after a text size is chosen');
    // The page's language follows the one chosen.
    await page.getByRole('radio', { name: 'Nederlands' }).press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'nl', null, { timeout: 5000 });
    await context.close();
});

// Tabs until the keyboard focus is in the mirror's text field `id`; fails after `limit` presses.
async function tabInto(page, id, limit = 30) {
    for (let press = 0; press < limit; press++) {
        await drawnAfter(page, () => page.keyboard.press('Tab'));
        if (await page.evaluate(wanted => document.activeElement?.dataset?.id === wanted, id)) return;
    }
    throw new Error(`Tab never reached the text field ${id}`);
}

test('text fields are reached and typed in with the keyboard alone, and Escape gives the keys back', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    const code = execFileSync(cli, ['code', path.join(root, 'assets/questionnaire.json'),
                                    path.join(root, 'tests/data/answers-short.json')], { encoding: 'utf8' }).trim();
    await page.goto(`${session.server.url}?view=group&lang=en`);
    await waitForScreen(page, 'group');
    await tabInto(page, 'codes');
    await page.keyboard.type(code);
    await page.waitForFunction(() => /1 participants/.test(document.getElementById('live').textContent));
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');

    await openOnResults(page, `${session.server.url}?lang=nl`);
    await waitForScreen(page, 'results');
    await page.getByRole('button', { name: 'Naar je tips en actieplan' }).press('Enter');
    await waitForScreen(page, 'plan');
    await page.locator('body').focus();
    await tabInto(page, 'plan-goal');
    await page.keyboard.type('Eén ding per week leren');
    await page.waitForFunction(key => /Eén ding per week/.test(localStorage.getItem(key) || ''), storageKey);
    await context.close();
});
