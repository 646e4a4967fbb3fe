// The system's settings as the defaults, and the person's own settings kept: a fresh visit with a
// dark colour scheme, forced colours or more contrast gets the dark or the contrast theme; what
// the person chooses in the settings wins and survives a reload; with automatic advance turned
// off a choice stays on its question until Enter; reduced motion stops a swipe from scrolling on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { commonestColour, decodePng, frameShown, openPage, screenshot, settled, useBrowser,
         waitForScreen } from './harness.mjs';
import { clickControl, live, liveChanged, parseQuestion, root, tapControl } from './journey.mjs';

const session = useBrowser();
const strings = JSON.parse(readFileSync(path.join(root, 'assets/strings.json'), 'utf8'));

// The themes' backgrounds, from src/ui/theme.cpp.
const backgrounds = { light: [0xF7, 0xF5, 0xF0], dark: [0x14, 0x18, 0x1F], contrast: [0xFF, 0xFF, 0xFF] };

// The theme whose background covers most of the page now, or the colour itself when none does.
async function themeShown(page, name) {
    await settled(page);
    const shot = decodePng(readFileSync(await screenshot(page, name)));
    const colour = commonestColour(shot);
    const theme = Object.keys(backgrounds).find(
        theme => backgrounds[theme].every((channel, i) => Math.abs(channel - colour[i]) <= 4));
    return theme || String(colour);
}

// The theme shown once the page has had time to follow a change of the system's setting: the
// change event comes in a task of its own, so the theme is looked at until it is `awaited` or
// two seconds have passed.
async function themeAfterChange(page, name, awaited) {
    let shown;
    for (let attempt = 0; attempt < 10 && shown !== awaited; attempt++) {
        if (attempt > 0) await page.waitForTimeout(200);
        await frameShown(page);
        shown = await themeShown(page, name);
    }
    return shown;
}

const activate = (page, viewportName, id) => (viewportName === 'phone' ? tapControl : clickControl)(page, id);

// Activates a control and waits until the app has drawn what it did.
async function press(page, viewportName, id) {
    await activate(page, viewportName, id);
    await frameShown(page);
    await settled(page);
}

for (const viewportName of ['phone', 'desktop']) {
    test(`a fresh visit on a ${viewportName} takes the system's colours`, async () => {
        const cases = [
            [{ colorScheme: 'light' }, 'light'],
            [{ colorScheme: 'dark' }, 'dark'],
            [{ colorScheme: 'light', forcedColors: 'active' }, 'contrast'],
            [{ colorScheme: 'dark', contrast: 'more' }, 'contrast'],
        ];
        for (const [media, expected] of cases) {
            const { context, page, consoleErrors } = await openPage(session.browser, viewportName, media);
            await page.goto(`${session.server.url}?lang=en`);
            await waitForScreen(page, 'intro');
            const label = Object.entries(media).map(([name, value]) => `${name}-${value}`).join('-');
            assert.equal(await themeShown(page, `preferences-${viewportName}-${label}`), expected, label);
            assert.deepEqual(consoleErrors, []);
            await context.close();
        }
    });

    test(`on a ${viewportName} the URL's theme goes before the system's, the person's choice before both`, async () => {
        const { context, page } = await openPage(session.browser, viewportName, { colorScheme: 'dark' });
        await page.goto(`${session.server.url}?lang=nl&theme=contrast`);
        await waitForScreen(page, 'intro');
        assert.equal(await themeShown(page, `preferences-${viewportName}-url-contrast`), 'contrast');

        await press(page, viewportName, 'settings');
        await press(page, viewportName, 'ui.settings.theme_light');
        await press(page, viewportName, 'settings-close');
        assert.equal(await themeShown(page, `preferences-${viewportName}-chosen-light`), 'light');
        const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('leerregie.settings')));
        assert.deepEqual(kept, { format: 'leerregie-settings', version: 1, theme: 'light' });

        await page.reload();
        await waitForScreen(page, 'intro');
        assert.equal(await themeShown(page, `preferences-${viewportName}-chosen-light-reloaded`), 'light');
        await context.close();
    });
}

test('a change of the system\'s colour scheme while the page is open is followed, until the person chooses', async () => {
    const { context, page } = await openPage(session.browser, 'desktop', { colorScheme: 'light' });
    await page.goto(`${session.server.url}?lang=en`);
    await waitForScreen(page, 'intro');
    assert.equal(await themeShown(page, 'preferences-follow-light'), 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await themeAfterChange(page, 'preferences-follow-dark', 'dark'), 'dark');

    await press(page, 'desktop', 'settings');
    await press(page, 'desktop', 'ui.settings.theme_contrast');
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal(await themeAfterChange(page, 'preferences-follow-chosen', 'light'), 'contrast');
    await context.close();
});

test('"Alles wissen" removes the kept settings, and the system\'s colours come back', async () => {
    const { context, page } = await openPage(session.browser, 'phone', { colorScheme: 'dark' });
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'intro');
    await press(page, 'phone', 'settings');
    await press(page, 'phone', 'ui.settings.theme_light');
    await press(page, 'phone', 'auto-advance-off');
    assert.equal(await themeShown(page, 'preferences-clear-chosen'), 'light');
    assert.notEqual(await page.evaluate(() => localStorage.getItem('leerregie.settings')), null);
    await press(page, 'phone', 'clear');
    await press(page, 'phone', 'clear-confirm');
    await waitForScreen(page, 'intro');
    assert.equal(await page.evaluate(() => localStorage.getItem('leerregie.settings')), null);
    assert.equal(await themeShown(page, 'preferences-clear-cleared'), 'dark');
    assert.ok((await live(page)).includes(strings.nl['ui.intro.auto_advance_on']), 'automatic advance is on again');
    await context.close();
});

for (const language of ['nl', 'en']) {
    for (const viewportName of ['phone', 'desktop']) {
        test(`automatic advance, on a ${viewportName} in ${language}: told on the intro, turned off in the settings`, async () => {
            const text = key => strings[language][key];
            const { context, page, consoleErrors } = await openPage(session.browser, viewportName);
            await page.goto(`${session.server.url}?lang=${language}`);
            await waitForScreen(page, 'intro');
            assert.ok((await live(page)).includes(text('ui.intro.auto_advance_on')), 'the intro says a choice moves on');
            assert.equal(await page.locator('#a11y').getByText(text('ui.intro.auto_advance_on'), { exact: true }).count(), 1,
                         'the sentence is in the mirror');
            await screenshot(page, `preferences-intro-${viewportName}-${language}`);

            await press(page, viewportName, 'settings');
            assert.equal(await page.locator('#a11y [data-id="auto-advance-on"]').getAttribute('aria-checked'), 'true');
            await press(page, viewportName, 'auto-advance-off');
            assert.equal(await page.locator('#a11y [data-id="auto-advance-off"]').getAttribute('aria-checked'), 'true');
            assert.equal(await page.locator('#a11y [data-id="auto-advance-on"]').getAttribute('aria-checked'), 'false');
            await screenshot(page, `preferences-settings-${viewportName}-${language}`);
            await press(page, viewportName, 'settings-close');
            assert.ok((await live(page)).includes(text('ui.intro.auto_advance_off')), 'the intro says the person moves on');

            // Survives a reload.
            await page.reload();
            await waitForScreen(page, 'intro');
            assert.ok((await live(page)).includes(text('ui.intro.auto_advance_off')), 'kept after a reload');
            await screenshot(page, `preferences-intro-off-${viewportName}-${language}`);

            // Past the first section's introduction to the first question.
            await page.keyboard.press('Enter');
            await page.waitForFunction(() => document.documentElement.dataset.screen === 'question');
            const sectionIntro = await live(page);
            await page.keyboard.press('Enter');
            const first = await liveChanged(page, sectionIntro);
            assert.equal(parseQuestion(first)?.number, 1, first);
            assert.ok(first.includes(text('ui.question.live_then_next')), first);

            await page.keyboard.press('2');
            const chosen = await liveChanged(page, first);
            assert.ok(chosen.includes(text('ui.question.live_chosen')), chosen);
            // Well past the confirmation time after which a choice moves on when that is on.
            await page.waitForTimeout(1000);
            await settled(page);
            assert.equal(await live(page), chosen, 'the choice stays on its question');
            await screenshot(page, `preferences-chosen-stays-${viewportName}-${language}`);

            await page.keyboard.press('Enter');
            const next = await liveChanged(page, chosen);
            assert.notEqual(parseQuestion(next)?.number, 1, next);
            assert.deepEqual(consoleErrors, []);
            await context.close();
        });
    }
}

// What the app draws after a fast upward swipe on the intro until it asks for no more: how many
// frames, over how many milliseconds.
async function afterSwipe(reducedMotion) {
    const { context, page } = await openPage(session.browser, 'phone', { reducedMotion });
    await page.goto(`${session.server.url}?lang=en`);
    await waitForScreen(page, 'intro');
    await frameShown(page);
    await settled(page);
    const touch = await context.newCDPSession(page);
    const x = 195;
    let y = 600;
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 0; step < 6; step++) {
        y -= 60;
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
        await page.evaluate(() => new Promise(done => requestAnimationFrame(done)));
    }
    // The finger lets go while still moving, as in a flick: the last move and the release together.
    await Promise.all([
        touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 60 }] }),
        touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
    ]);
    const released = Date.now();
    const before = await page.evaluate(() => window.__framesDrawn);
    await settled(page);
    const result = { frames: await page.evaluate(count => window.__framesDrawn - count, before),
                     ms: Date.now() - released };
    await context.close();
    return result;
}

test('reduced motion: a swipe stops scrolling when the finger lets go', async () => {
    // With inertia a flick of 60 CSS pixels a frame slows down by a factor e^4 a second until below
    // 20 CSS pixels a second: well over half a second, however slowly frames come. Without it the
    // app asks for the few frames a release needs, however long they take.
    const moving = await afterSwipe('no-preference');
    const still = await afterSwipe('reduce');
    assert.ok(moving.ms > 600 && moving.frames > still.frames,
              `with inertia the scroll goes on: ${moving.frames} frames in ${moving.ms} ms`);
    assert.ok(still.frames <= 8, `without it the app stops at once: ${still.frames} frames in ${still.ms} ms`);
});
