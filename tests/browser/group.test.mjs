// Workshops: a participant shows their result code (the one leerregie-cli gives for the same
// answers), and the trainer's group view turns ten participants' codes into means, spreads and
// profile counts that match those worked out here from each participant's scores.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { decodePng, drawnAfter, openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { cli, clickControl, dutch, dutchGroupLine, expectedDimension, finishByKeyboard, live, openOnResults,
         participantAnswers, profiles, qrCodesIn, questionnaire, questionnaireFile, reveal,
         simulateParticipant as simulate, storageKey } from './journey.mjs';

const session = useBrowser();

async function pasteCodes(page, text) {
    const before = await live(page);
    await page.locator('#a11y textarea[data-id="codes"]').fill(text);
    await page.waitForFunction(previous => document.getElementById('live').textContent !== previous, before);
    return live(page);
}

test('a participant shows the result code leerregie-cli gives for the same answers', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    await finishByKeyboard(page);
    await waitForScreen(page, 'results');
    assert.doesNotMatch(await live(page), /resultaatcode/, 'the code is shown only when asked for');

    await clickControl(page, 'share');
    await page.waitForFunction(() => /Je resultaatcode: /.test(document.getElementById('live').textContent));
    const shown = (await live(page)).match(/Je resultaatcode: ([0-9A-Z-]+)\./)[1];
    const saved = await page.evaluate(key => localStorage.getItem(key), storageKey);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leerregie-share-')), 'answers.json');
    writeFileSync(file, saved);
    assert.equal(shown, execFileSync(cli, ['code', questionnaireFile, file], { encoding: 'utf8' }).trim());
    assert.match(shown, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}-[0-9A-HJKMNP-TV-Z]{2}$/);

    // The QR code is drawn in the column: show it and look at it.
    const box = await page.locator('#a11y [data-id="copy-code"]').boundingBox();
    await drawnAfter(page, () => page.mouse.wheel(0, box.y - 520));
    await screenshot(page, 'phone-share-code');

    // Copying puts the code on the clipboard and says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await clickControl(page, 'copy-code');
    await page.locator('#a11y').getByText('De code is gekopieerd.').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('ten participants\' codes give the group means, spreads and profiles worked out by hand', async () => {
    const people = Array.from({ length: 10 }, (_, index) => simulate(index + 1, index % 3 === 0 ? 'full' : 'short'));
    assert.equal(new Set(people.map(person => person.code)).size, 10, 'ten different participants');

    const { context, page, consoleErrors, requests } = await openPage(session.browser, 'desktop',
                                                                      { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${session.server.url}?view=group&lang=nl`);
    await waitForScreen(page, 'group');
    assert.match(await live(page), /Nog geen geldige codes/);
    await screenshot(page, 'group-empty');

    const text = await pasteCodes(page, people.map(person => person.code).join('\n'));
    const full = people.filter(person => person.variant === 'full').length;
    assert.match(text, new RegExp(`10 deelnemers \\(${10 - full} korte scan, ${full} volledige scan\\)`));
    for (const dimension of questionnaire.dimensions) {
        const line = dutchGroupLine(people, dimension);
        assert.ok(text.includes(line), `expected "${line}" in: ${text}`);
    }
    for (const profile of profiles) {
        const count = people.filter(person => person.profile === profile.id).length;
        assert.ok(text.includes(`${profile.name.nl} ${count} (${Math.round(100 * count / 10)}%).`),
                  `${profile.id}: ${count}`);
    }
    await screenshot(page, 'group-ten-participants');
    await page.mouse.move(960, 540);
    await drawnAfter(page, () => page.mouse.wheel(0, 1600));
    await screenshot(page, 'group-ten-participants-profiles');

    // The table download holds the same means.
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'group-csv')]);
    const csv = readFileSync(await download.path(), 'utf8');
    const proactive = expectedDimension(people, 'proactive');
    assert.ok(csv.includes(`onderdeel;proactive;${questionnaire.dimensions[0].name.nl};${proactive.count};`
                           + `${dutch(proactive.mean)};${dutch(proactive.spread)};`), csv);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests.filter(url => !url.startsWith(session.server.url)), []);
    await context.close();
});

test('a code with one changed character is refused and the others still count', async () => {
    const people = Array.from({ length: 5 }, (_, index) => simulate(index + 20, 'short'));
    const codes = people.map(person => person.code);
    const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const original = codes[2];
    const changedAt = 6;
    const replacement = symbols[(symbols.indexOf(original[changedAt]) + 7) % symbols.length];
    codes[2] = original.slice(0, changedAt) + replacement + original.slice(changedAt + 1);

    const { context, page } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?view=group&lang=en`);
    await waitForScreen(page, 'group');
    const text = await pasteCodes(page, codes.join('\n'));
    assert.match(text, /Line 3: the code does not add up: check it for a typo/);
    assert.match(text, /4 participants \(4 short scan, 0 full scan\)/);
    await screenshot(page, 'group-typo-phone');
    await context.close();
});

test('100,000 pasted lines: the first problems and a count, codes counted once per scan, and a note that codes are not signed', async () => {
    const alike = { format: 'leerregie-answers', version: 1, questionnaire: questionnaire.id, variant: 'short',
                    answers: participantAnswers(3, 'short').answers };
    // Two people with the same answers: their scans differ, so their codes do.
    const codeOf = scan => {
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'leerregie-group-')), 'answers.json');
        writeFileSync(file, JSON.stringify({ ...alike, scan }));
        return execFileSync(cli, ['code', questionnaireFile, file], { encoding: 'utf8' }).trim();
    };
    const anna = codeOf(11), bert = codeOf(12);
    assert.notEqual(anna, bert);
    const junk = Array.from({ length: 99997 }, (_, index) => `=HYPERLINK("x${index}")`);
    const text = [anna, bert, anna, ...junk].join('\n');

    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?view=group&lang=nl`);
    await waitForScreen(page, 'group');
    assert.match(await page.locator('#a11y').textContent(), /Codes zijn niet ondertekend: iedereen kan een code maken die geldig lijkt\./);
    // Set as a paste leaves it (Playwright's fill types it in, far too slowly for this much text).
    const before = await live(page);
    await page.evaluate(value => {
        const area = document.querySelector('#a11y textarea[data-id="codes"]');
        area.value = value;
        area.dispatchEvent(new Event('input'));
    }, text);
    await page.waitForFunction(previous => document.getElementById('live').textContent !== previous, before);
    const shown = await live(page);
    assert.match(shown, /Regel 4: dit is geen resultaatcode\. Regel 5: dit is geen resultaatcode\./);
    assert.match(shown, /En nog 99992 regels die geen geldige code zijn\./);
    assert.equal((shown.match(/dit is geen resultaatcode/g) || []).length, 5, 'five problems are spelled out');
    assert.match(shown, /2 deelnemers \(2 korte scan, 0 volledige scan\)/);
    assert.match(await page.locator('#a11y').textContent(), /Codes die vaker voorkomen, tellen één keer mee \(1 weggelaten\)\./);
    await screenshot(page, 'group-100000-lines-desktop');
    // The page still answers: the next frames come without the text being read again.
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => window.__framesDrawn > 0);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('participants\' links add their codes to the trainer\'s list, in this tab, another tab and after a reload', async () => {
    const codes = [1, 2, 3].map(seed => simulate(seed + 40, 'short').code);
    const { context, page } = await openPage(session.browser, 'desktop');
    const participants = count => page.waitForFunction(
        wanted => new RegExp(`\\b${wanted} participants\\b`).test(document.getElementById('live').textContent), count);
    await page.goto(`${session.server.url}?view=group&lang=en#add=${codes[0]}`);
    await waitForScreen(page, 'group');
    await participants(1);
    assert.equal(await page.evaluate(() => window.location.hash), '', 'the code is taken out of the address');

    // The trainer's camera app opens the next participant's link in a new tab: this tab hears it.
    const other = await context.newPage();
    await other.goto(`${session.server.url}?view=group&lang=en#add=${codes[1]}`);
    await participants(2);
    // A link opened in this very tab, and the first one once more: counted once.
    await page.evaluate(code => { window.location.hash = `add=${code}`; }, codes[2]);
    await participants(3);
    await page.evaluate(code => { window.location.hash = `add=${code}`; }, codes[0]);
    await page.reload();
    await waitForScreen(page, 'group');
    await participants(3);
    const text = await live(page);
    assert.match(text, /The group picture appears from 5 participants, so that no one can be recognised in it\. There are 3 now\./);
    assert.equal(await page.locator('#a11y [data-id="group-print"]').count(), 0, 'nothing of the group yet');
    await screenshot(page, 'group-three-below-minimum');
    await context.close();
});

test('the link a participant\'s QR code holds, the group view with the code after the #, counts that code', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await openOnResults(page, `${session.server.url}?lang=en`);
    await waitForScreen(page, 'results');
    await clickControl(page, 'share');
    await page.locator('#a11y').getByText(/^[0-9A-Z]{4}-/).waitFor({ state: 'attached' });
    const code = (await page.locator('#a11y').getByText(/^[0-9A-Z]{4}-/).textContent()).trim();
    // The link in the QR code, read off the screen, is the group view with the code after the #.
    const box = await reveal(page, 'share-qr');
    const [link] = await qrCodesIn(page, decodePng(await page.screenshot({ clip: box })));
    assert.equal(link, `${session.server.url.replace(/\/?$/, '/')}?view=group#add=${code}`);
    const trainer = await context.newPage();
    await trainer.goto(link);
    await waitForScreen(trainer, 'group');
    await trainer.waitForFunction(() => /\b1 participants?\b/.test(document.getElementById('live').textContent)
                                        || /\b1 deelnemers?\b/.test(document.getElementById('live').textContent));
    await context.close();
});
