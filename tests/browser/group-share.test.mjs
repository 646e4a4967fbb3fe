// Workshops, the other way round: the trainer's group view shows a QR code of the group picture,
// and a participant who opens its link on their phone sees their own scores beside the group's
// mean and range — means and ranges that match those worked out here from ten participants'
// scores by leerregie-cli, and own scores that match leerregie-cli's for the answers on the phone.
// The link is read from the QR code's pixels by the group view's own scanner module.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePng, drawnAfter, openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { cliScores, clickControl, live, openOnResults, qrCodesIn, questionnaire, simulateParticipant as simulate,
         storageKey } from './journey.mjs';

const session = useBrowser();
const shareKey = `leerregie.groupshare.${questionnaire.id}`;

// The group's figures for a part as the share holds them: the mean of the whole scores in
// tenths, rounded half up (docs/contracts.md), the lowest and the highest; none for a part that
// fewer than the group minimum (5) have a score for.
function groupFigures(people, id) {
    const values = people.map(person => person.scores[id]).filter(score => score !== null).map(Math.round);
    if (values.length < 5) return null;
    const sum = values.reduce((total, value) => total + value, 0);
    const tenths = Math.floor((20 * sum + values.length) / (2 * values.length));
    return { mean: tenths / 10, lowest: Math.min(...values), highest: Math.max(...values) };
}

// Scrolls with the mouse wheel until `locator`'s box starts about `top` pixels from the top.
async function scrollToTop(page, locator, top) {
    await page.mouse.move(20, 300);
    for (let attempt = 0; attempt < 80; attempt++) {
        const box = await locator.boundingBox();
        const off = box.y - top;
        if (Math.abs(off) < 24) return;
        await drawnAfter(page, () => page.mouse.wheel(0, Math.sign(off) * Math.min(Math.abs(off), 400)));
    }
}

const inLanguage = (value, language) => language === 'nl' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);

// The trainer's desktop page with these codes added by their links; returns the group picture's link.
async function trainerLink(page, codes, language, name) {
    await page.goto(`${session.server.url}?view=group&lang=${language}#${codes.map(code => `add=${code}`).join('&')}`);
    await waitForScreen(page, 'group');
    await page.waitForFunction(count => new RegExp(`\\b${count} (deelnemers|participants)\\b`)
        .test(document.getElementById('live').textContent), codes.length);
    await clickControl(page, 'group-share');
    const qr = page.locator('#a11y [data-id="group-share-qr"]');
    await qr.waitFor({ state: 'attached' });
    // The QR code and the words under it in view; its link as a camera reads it off the screen.
    await scrollToTop(page, qr, 48);
    await screenshot(page, name);
    const texts = await qrCodesIn(page, decodePng(await page.screenshot({ clip: await qr.boundingBox() })));
    assert.equal(texts.length, 1, 'one QR code, readable');
    return texts[0];
}

test('a participant opens the trainer\'s group picture and sees their own scores beside the group\'s', async () => {
    const people = Array.from({ length: 10 }, (_, index) => simulate(index + 60, 'short'));
    assert.equal(new Set(people.map(person => person.code)).size, 10, 'ten different participants');

    const trainer = await openPage(session.browser, 'desktop', { viewport: { width: 1920, height: 1080 } });
    const link = await trainerLink(trainer.page, people.map(person => person.code), 'nl', 'group-share-qr-desktop');
    const base = session.server.url.replace(/\/?$/, '/');
    assert.ok(link.startsWith(`${base}#group=`), link);
    const encoded = link.slice(link.indexOf('#group=') + '#group='.length);
    assert.match(encoded, /^[0-9A-HJKMNP-TV-Z]{76}$/, 'the built-in scan\'s share: 76 characters');
    assert.ok(link.length < 120, `a short link for a small QR code: ${link.length} characters`);
    assert.match(await live(trainer.page), /alleen de cijfers van de hele groep, geen scores van één deelnemer/);
    await clickControl(trainer.page, 'group-share-hide');
    await trainer.page.locator('#a11y [data-id="group-share-qr"]').waitFor({ state: 'detached' });
    assert.deepEqual(trainer.consoleErrors, []);
    await trainer.context.close();

    for (const [viewport, language] of [['phone', 'nl'], ['desktop', 'en']]) {
        // A phone that holds a finished short scan opens the link, as its camera app would.
        const { context, page, consoleErrors, requests } = await openPage(session.browser, viewport);
        await openOnResults(page, `${session.server.url}?lang=${language}`);
        const phone = await context.newPage();
        await phone.goto(`${session.server.url}?lang=${language}#group=${encoded}`);
        await waitForScreen(phone, 'results');
        const title = language === 'nl' ? 'Jij en de groep' : 'You and the group';
        await phone.waitForFunction(words => document.getElementById('live').textContent.includes(words), title);
        assert.equal(await phone.evaluate(() => window.location.hash), '', 'the group picture is taken out of the address');
        assert.equal(await phone.evaluate(key => localStorage.getItem(key), shareKey), encoded);

        const text = await live(phone);
        assert.match(text, language === 'nl'
            ? /De cijfers van de groep komen van het scherm van je trainer\. Er is niets van jou verstuurd\./
            : /The group’s figures come from your trainer’s screen\. Nothing of yours was sent\./);
        assert.ok(text.includes(language === 'nl' ? 'Groep van 10 deelnemers.' : 'A group of 10 participants.'));
        const own = await cliScores(phone);
        let compared = 0;
        for (const dimension of questionnaire.dimensions) {
            const group = groupFigures(people, dimension.id);
            const name = dimension.name[language];
            const mine = own[dimension.id];
            const line = language === 'nl'
                ? `${name}: Jij: ${mine}. Groep: gemiddeld ${group && inLanguage(group.mean, language)}, van ${group?.lowest} tot ${group?.highest}.`
                : `${name}: You: ${mine}. Group: mean ${group && inLanguage(group.mean, language)}, from ${group?.lowest} to ${group?.highest}.`;
            if (group && mine !== null && mine !== undefined) {
                assert.ok(text.includes(line), `expected "${line}" in: ${text}`);
                compared++;
            } else {
                assert.ok(!text.includes(`${name}: ${language === 'nl' ? 'Jij' : 'You'}: `), `${name} only where both have a score`);
            }
        }
        assert.ok(compared >= 3, `${compared} parts compared`);

        // The section in view, for the screenshot.
        // The section's end, its button a little above the bottom of the screen (the mirror places
        // controls, not texts).
        const forget = phone.locator('#a11y [data-id="group-share-forget"]');
        const { height } = phone.viewportSize();
        await scrollToTop(phone, forget, height - (await forget.boundingBox()).height - 24);
        await screenshot(phone, `${viewport}-you-and-the-group-end`);
        // A screen further up: the section's heading and its first parts.
        await scrollToTop(phone, forget, 2 * height - 260);
        await screenshot(phone, `${viewport}-you-and-the-group`);
        assert.deepEqual(consoleErrors, []);
        assert.deepEqual(requests.filter(url => !url.startsWith(session.server.url)), []);
        assert.deepEqual(requests.filter(url => url.includes(encoded)), [], 'the group picture goes to no server');
        await context.close();
    }
});

test('the QR code on a phone, before the results the picture waits, and a damaged link changes nothing', async () => {
    const people = Array.from({ length: 5 }, (_, index) => simulate(index + 80, 'short'));
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    const link = await trainerLink(page, people.map(person => person.code), 'en', 'phone-group-share-qr');
    const encoded = link.slice(link.indexOf('#group=') + '#group='.length);

    // A participant without results yet: the intro says the picture is kept for later.
    const participant = await openPage(session.browser, 'phone');
    const phone = participant.page;
    await phone.goto(`${session.server.url}?lang=en#group=${encoded}`);
    await waitForScreen(phone, 'intro');
    await phone.locator('#a11y').getByText(/group picture is kept on this device/).waitFor({ state: 'attached' });
    assert.equal(await phone.evaluate(key => localStorage.getItem(key), shareKey), encoded);
    assert.equal(await phone.evaluate(key => localStorage.getItem(key), storageKey), null, 'no answers made up');

    // The same link with one character changed, opened in this tab: refused, and the kept one stays.
    const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const changed = encoded.slice(0, 30) + symbols[(symbols.indexOf(encoded[30]) + 5) % 32] + encoded.slice(31);
    await phone.evaluate(share => { window.location.hash = `group=${share}`; }, changed);
    await phone.locator('#a11y').getByText(/The link to the group picture does not work \(the group picture does not add up/)
        .waitFor({ state: 'attached' });
    assert.equal(await phone.evaluate(key => localStorage.getItem(key), shareKey), encoded);
    await screenshot(phone, 'phone-group-share-refused');
    assert.deepEqual(participant.consoleErrors, []);
    await participant.context.close();
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
