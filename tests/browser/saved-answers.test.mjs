// Saved answers that cannot be used whole get a calm, clear message, and nothing is lost: a file
// from another format version (older or newer) is set aside and the app starts afresh; answers
// that no longer fit changed questions are left out while the rest is kept; importing a file of
// another version names that version.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { clickControl, questionnaire, storageKey } from './journey.mjs';

const session = useBrowser();

const shortItems = questionnaire.items.filter(item => item.short);

// An answers file for the shipped questionnaire; `fields` override or add to it.
function answersFile(fields) {
    return JSON.stringify({ format: 'leerregie-answers', version: 1, questionnaire: questionnaire.id, variant: 'short',
                            answers: {}, ...fields });
}

// Opens the app with `text` saved in local storage before the first visit.
async function openWithSaved(viewport, text, query = 'lang=nl') {
    const opened = await openPage(session.browser, viewport);
    await opened.context.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, value);
            sessionStorage.setItem('seeded', '1');
        }
    }, [storageKey, text]);
    await opened.page.goto(`${session.server.url}?${query}`);
    return opened;
}

const stored = page => page.evaluate(key => ({ saved: localStorage.getItem(key), kept: localStorage.getItem(key + '.damaged') }),
                                     storageKey);
const mirrorText = page => page.locator('#a11y').textContent();

for (const { version, nl, en } of [{ version: 3, nl: /komen uit een nieuwere versie van Leerregie \(bestandsversie 3\)\. Deze versie leest bestandsversie 2\./,
                                     en: /come from a newer version of Leerregie \(file version 3\); this version reads file version 2\./ },
                                   { version: 0, nl: /komen uit een oudere versie van Leerregie \(bestandsversie 0\)\. Deze versie leest bestandsversie 2\./,
                                     en: /come from an older version of Leerregie \(file version 0\); this version reads file version 2\./ }]) {
    test(`saved answers of format version ${version} are set aside with a calm message, and the scan starts afresh`, async () => {
        const text = answersFile({ version, answers: { [shortItems[0].id]: 2 }, position: 3 });
        const { context, page, consoleErrors } = await openWithSaved('phone', text);
        await waitForScreen(page, 'intro');
        assert.match(await mirrorText(page), nl);
        assert.match(await mirrorText(page), /We zijn opnieuw begonnen; de bewaarde kopie is apart gezet\./);
        await screenshot(page, `phone-saved-version-${version}`);
        assert.deepEqual(await stored(page), { saved: null, kept: text });
        // The intro offers a fresh start, not "continue".
        assert.equal(await page.locator('#a11y [data-id="continue"]').count(), 0);
        assert.deepEqual(consoleErrors, []);
        await context.close();

        const english = await openWithSaved('desktop', text, 'lang=en');
        await waitForScreen(english.page, 'intro');
        assert.match(await mirrorText(english.page), en);
        await english.context.close();
    });
}

test('answers that no longer fit changed questions are left out, the rest is kept, and a copy of all is set aside', async () => {
    const [first, second, third] = shortItems;
    const text = answersFile({ answers: { [first.id]: 1, [second.id]: null, [third.id]: 99, no_longer_asked: 2 }, position: 4,
                               plan: { goal: 'Leren presenteren', first_step: '', helper: '', when: '' } });
    const { context, page, consoleErrors } = await openWithSaved('phone', text);
    await waitForScreen(page, 'question');
    assert.match(await mirrorText(page),
                 /De vragen zijn veranderd sinds je vorige bezoek\. 2 antwoorden passen niet meer en zijn weggelaten\. Je andere antwoorden zijn bewaard\./);
    await screenshot(page, 'phone-saved-questions-changed');
    const { saved, kept } = await stored(page);
    assert.equal(kept, text);
    const now = JSON.parse(saved);
    assert.deepEqual(now.answers, { [first.id]: 1, [second.id]: null });
    assert.equal(now.plan.goal, 'Leren presenteren');
    assert.equal(now.position, 4);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('importing an answers file of another format version says which version it is', async () => {
    // A finished short scan, saved: the app opens on the results.
    const done = answersFile({ answers: Object.fromEntries(shortItems.map(item => [item.id, 1])), position: 999 });
    const { context, page, consoleErrors } = await openWithSaved('phone', done);
    await waitForScreen(page, 'results');
    await clickControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await clickControl(page, 'to-report');
    await waitForScreen(page, 'report');
    const chooser = page.waitForEvent('filechooser');
    await clickControl(page, 'import');
    await (await chooser).setFiles({ name: 'leerregie-nieuw.json', mimeType: 'application/json',
                                     buffer: Buffer.from(answersFile({ version: 3 })) });
    await page.waitForFunction(() => /kon niet ingeladen worden/.test(document.getElementById('live').textContent));
    assert.match(await page.locator('#live').textContent(),
                 /Dit bestand kon niet ingeladen worden\. Je antwoorden zijn niet veranderd\. Het bestand komt uit een nieuwere versie van Leerregie \(bestandsversie 3\)\. Deze versie leest bestandsversie 2\./);
    await screenshot(page, 'phone-import-newer-version');
    assert.deepEqual(JSON.parse((await stored(page)).saved).answers, JSON.parse(done).answers);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
