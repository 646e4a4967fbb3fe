// What a person reads and sees on the results: the profile map and the national figures drawn as
// bars with their own side marked, in the light, dark and contrast themes on a phone and a
// desktop; the reasons given for each tip; and "Ik heb geen leidinggevende" leading to no
// manager questions, score or figure at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodePng, openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { answerAll, answerFor, live, parseQuestion, reveal, root, storageKey, tapControl } from './journey.mjs';

const session = useBrowser();
const saved = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));

// Pixels of the part of the page under a mirror element that are within `tolerance` of `colour`.
async function pixelsOf(page, id, colour, tolerance = 40) {
    const box = await reveal(page, id);
    const { rgba } = decodePng(await page.screenshot({ clip: box, scale: 'css' }));
    let count = 0;
    for (let i = 0; i < rgba.length; i += 4)
        if (Math.abs(rgba[i] - colour[0]) + Math.abs(rgba[i + 1] - colour[1]) + Math.abs(rgba[i + 2] - colour[2]) <= tolerance) count++;
    return count;
}

// The themes' accent (the dot, the bars' national share) and tint (the person's own box), from
// src/ui/theme.cpp.
const themes = {
    light: { accent: [0x1F, 0x5F, 0xAD], tint: [0xEE, 0xF3, 0xFA] },
    dark: { accent: [0x6F, 0xA8, 0xFF], tint: [0x2E, 0x37, 0x45] },
    contrast: { accent: [0x00, 0x00, 0x00], tint: [0xE6, 0xE6, 0xE6] },
};

for (const [viewport, theme, language] of [['phone', 'light', 'nl'], ['desktop', 'dark', 'en'], ['phone', 'contrast', 'nl']]) {
    test(`the profile map and the national bars are drawn (${viewport}, ${theme})`, async () => {
        const { context, page, consoleErrors } = await openPage(session.browser, viewport);
        await context.addInitScript(([key, value]) => localStorage.setItem(key, value),
                                    [storageKey, JSON.stringify({ ...saved, position: 999 })]);
        await page.goto(`${session.server.url}?lang=${language}&theme=${theme}`);
        await waitForScreen(page, 'results');

        // tests/data/answers-short.json: agency (63 + 88 + 25 + 63 + 13) / 5 = 50 (ownership rests
        // on one answer), room to learn (50 + 75 + 75 + 38) / 4 = 59 (support on one answer).
        const map = page.locator('#a11y [data-id="profile-map"][role="img"]');
        assert.match(await map.getAttribute('aria-label'),
                     language === 'nl' ? /^Eigen regie: 50 van 100\. Ruimte om te leren in je werk en omgeving: 59 van 100\. Daarmee sta je in het vak ‘Stevige basis’\.$/
                                       : /^Your own drive: 50 out of 100\. Room to learn in your work and surroundings: 59 out of 100\. That puts you in the box ‘A solid base’\.$/);
        const { accent, tint } = themes[theme];
        assert.ok(await pixelsOf(page, 'profile-map', tint, 6) > 5000, 'the person\'s own box is tinted');
        if (theme !== 'contrast') assert.ok(await pixelsOf(page, 'profile-map', accent) > 100, 'the dot is drawn');
        await screenshot(page, `${viewport}-${theme}-results-map`);

        // Seven figures fit an employee on a temporary contract: course, tasks, people, variation,
        // autonomy, the manager (not answered) and the budget (not answered).
        assert.equal(await page.locator('#a11y [data-id^="national-"][role="img"]').count(), 7);
        const variation = await page.locator('#a11y [data-id="national-variation_much"]').getAttribute('aria-label');
        assert.match(variation, language === 'nl' ? /Jij antwoordde ‘Soms’\. Daarmee hoor je niet bij deze groep \(60%\), maar bij de rest \(40%\)\./
                                                  : /You answered ‘Sometimes’\. That puts you outside this group \(60%\), in the rest \(40%\)\./);
        if (theme !== 'contrast') assert.ok(await pixelsOf(page, 'national-variation_much', accent) > 100, 'the national share is drawn');
        await screenshot(page, `${viewport}-${theme}-results-national`);
        assert.match(await page.locator('#a11y').textContent(), language === 'nl' ? /ongeveer 40%/ : /about 40%/);
        assert.deepEqual(consoleErrors, []);
        await context.close();
    });
}

test('each tip says why it was given, on the plan', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value),
                                [storageKey, JSON.stringify({ ...saved, position: 999 })]);
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'results');
    await tapControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    const mirror = await page.locator('#a11y').textContent();
    // barrier_time "Helemaal eens" and the temporary contract, as the answers file says.
    assert.match(mirror, /Waarom deze tip: je antwoordde ‘Helemaal eens’ op ‘Ik heb te weinig tijd om te leren, door mijn werk of thuis’\./);
    assert.match(mirror, /Waarom deze tip: je antwoordde ‘Tijdelijk contract’ op ‘Wat voor werk doe je nu\?’\./);
    assert.equal((mirror.match(/Waarom deze tip:/g) || []).length, 5);
    await screenshot(page, 'phone-plan-reasons');
    await context.close();
});

test('"Ik heb geen leidinggevende" skips the manager questions and leaves out the manager score and figure', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'intro');
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    const asked = [];
    await answerAll(page, async (number, options) => {
        const text = await live(page);
        asked.push(text);
        if (/Stimuleert je leidinggevende/.test(text)) {
            assert.match(text, / 4: Ik heb geen leidinggevende\./);
            await screenshot(page, 'phone-question-no-manager');
            await tapControl(page, 'option-na');
        } else {
            // Employed (the first question, 1: vast contract), and every other answer spread out.
            await tapControl(page, `option-${number === 1 ? 1 : answerFor(number, Math.min(options, 3))}`);
        }
    }, () => tapControl(page, 'next'));
    await waitForScreen(page, 'results');
    assert.ok(asked.some(text => /Stimuleert je leidinggevende/.test(text)));
    assert.ok(!asked.some(text => /goed gesprek met mijn leidinggevende/.test(text)), 'the other manager question is skipped');
    const saved = JSON.parse(await page.evaluate(key => localStorage.getItem(key), storageKey));
    assert.equal(saved.version, 2);
    assert.equal(saved.answers.support_stimulates, 'not_applicable');
    const text = await live(page);
    assert.doesNotMatch(text, /Steun van je leidinggevende/);
    assert.equal(await page.locator('#a11y [data-id="national-supervisor_stimulates"]').count(), 0);
    // The count said at each question left the skipped one out.
    assert.equal(parseQuestion(asked.at(-1)).count, asked.filter(line => parseQuestion(line)).length);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
