// Screen readers cannot see inside a canvas, so every screen also exists as real HTML controls.
// This test completes the short scan through those controls alone — by role and name, never by
// canvas coordinates — and runs axe-core on every screen.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { drawnAfter, openPage, useBrowser, waitForScreen } from './harness.mjs';
import { cli, live, liveChanged, parseQuestion, questionnaire, root, screen, storageKey } from './journey.mjs';

const session = useBrowser();

// axe-core's serious and critical findings on the current screen.
async function seriousViolations(page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.filter(violation => ['serious', 'critical'].includes(violation.impact))
        .map(violation => `${violation.id}: ${violation.nodes.map(node => node.target.join(' ')).join(', ')}`);
}

test('the short scan can be completed through the accessible controls alone, and axe finds nothing serious', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    const checked = {};
    checked.intro = await seriousViolations(page);

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
        if (!checked.question) checked.question = await seriousViolations(page);
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
    checked.results = await seriousViolations(page);
    await page.getByRole('button', { name: 'Deel met je trainer' }).press('Enter');
    await page.getByRole('button', { name: 'Kopieer de code' }).waitFor();
    assert.ok(await page.locator('#a11y').getByText(/^[0-9A-Z]{4}-/).count() === 1, 'the code itself is readable text');
    checked.share = await seriousViolations(page);

    await page.getByRole('button', { name: 'Naar je tips en actieplan' }).press('Enter');
    await waitForScreen(page, 'plan');
    const goal = page.getByRole('textbox', { name: 'Wat wil je leren of bereiken?' });
    await goal.fill('Beter feedback vragen – één keer per week, ook aan collega’s');
    await page.waitForFunction(() => /feedback vragen/.test(localStorage.getItem('leerregie.answers.leerregie') || ''));
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('leerregie.answers.leerregie')));
    assert.equal(saved.plan.goal, 'Beter feedback vragen – één keer per week, ook aan collega’s');
    checked.plan = await seriousViolations(page);

    await page.getByRole('button', { name: 'Bewaren of printen' }).press('Enter');
    await waitForScreen(page, 'report');
    checked.report = await seriousViolations(page);

    await page.getByRole('button', { name: 'Instellingen' }).press('Enter');
    await page.getByRole('button', { name: 'Klaar' }).waitFor();
    checked.settings = await seriousViolations(page);

    for (const [name, violations] of Object.entries(checked))
        assert.deepEqual(violations, [], `axe on the ${name} screen`);
    await context.close();
});

test('the group view can be used through the accessible controls alone, and axe finds nothing serious', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?view=group&lang=en`);
    await waitForScreen(page, 'group');
    const empty = await seriousViolations(page);
    const codes = page.getByRole('textbox', { name: 'Result codes, one per line' });
    await codes.fill('not a code');
    await page.waitForFunction(() => /Line 1: /.test(document.getElementById('live').textContent));
    assert.ok(await page.locator('#a11y').getByText(/^Line 1: /).count() === 1, 'the problem is readable text');
    assert.deepEqual(empty, [], 'axe on the empty group view');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the group view with a problem');
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

    const answers = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));
    answers.position = 1000;
    await page.goto(`${session.server.url}?lang=nl`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, JSON.stringify(answers)]);
    await page.reload();
    await waitForScreen(page, 'results');
    await page.getByRole('button', { name: 'Naar je tips en actieplan' }).press('Enter');
    await waitForScreen(page, 'plan');
    await page.locator('body').focus();
    await tabInto(page, 'plan-goal');
    await page.keyboard.type('Eén ding per week leren');
    await page.waitForFunction(key => /Eén ding per week/.test(localStorage.getItem(key) || ''), storageKey);
    await context.close();
});
