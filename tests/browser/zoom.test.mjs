// Zoom and reflow (WCAG 1.4.4, 1.4.10): browser zoom 200% on a 1280 × 800 desktop is a CSS viewport
// of 640 × 400 at two device pixels per CSS pixel, 400% is 320 × 200 at four. On every screen, at
// both, and at the largest text size too: nothing scrolls sideways, every control of the mirror
// (placed over the widget the canvas draws) lies inside the viewport and apart from the others,
// the text drawn on the canvas stays inside it, and the short scan can be finished by clicking
// where the controls are drawn.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodePng, drawnAfter, frameShown, openPage, screenshot, settled, useBrowser, waitForScreen } from './harness.mjs';
import { answerAll, answerFor, cli, live, root, storageKey } from './journey.mjs';

const session = useBrowser();
const saved = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));

const zooms = {
    200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, isMobile: false, hasTouch: false },
    400: { viewport: { width: 320, height: 200 }, deviceScaleFactor: 4, isMobile: false, hasTouch: false },
};

// What breaks reflow on the screen as it is now: sideways scrolling, and mirror controls outside
// the viewport's width or on top of one another.
async function reflowProblems(page) {
    return page.evaluate(() => {
        const problems = [];
        const width = document.documentElement.clientWidth;
        const mirror = document.getElementById('a11y');
        if (mirror.scrollTop || mirror.scrollLeft) problems.push('the mirror scrolled away from the canvas under it');
        for (const element of [document.documentElement, document.body])
            if (element.scrollWidth > element.clientWidth)
                problems.push(`${element.tagName} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
        const boxes = [...document.querySelectorAll('#a11y [data-id]')]
            .filter(element => element.style.width)
            .map(element => ({ id: element.dataset.id, box: element.getBoundingClientRect() }));
        for (const { id, box } of boxes) {
            if (box.left < 0 || box.right > width) problems.push(`${id} spans ${box.left}..${box.right} of ${width}`);
        }
        for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].box, b = boxes[j].box;
                const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
                                && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
                if (overlap) problems.push(`${boxes[i].id} and ${boxes[j].id} overlap`);
            }
        return problems;
    });
}

const differs = (rgba, i, colour) =>
    Math.abs(rgba[i] - colour[0]) + Math.abs(rgba[i + 1] - colour[1]) + Math.abs(rgba[i + 2] - colour[2]) > 60;

// Text cut off shows as ink where the screens keep a margin: a CSS pixel in from the canvas's left
// and right edges (the scrollbar excluded; the background is the colour at the top left corner),
// and inside a button's or option's padding on its right, where a label that does not fit would
// run on to the border. Counts such pixels in the part of the screen in view.
async function inkWhereNoTextGoes(page) {
    await frameShown(page);
    const { width, height, rgba } = decodePng(await page.screenshot({ scale: 'css' }));
    const at = (x, y) => 4 * (Math.round(y) * width + Math.round(x));
    const background = [rgba[0], rgba[1], rgba[2]];
    const scrollbar = 14;
    let ink = 0;
    for (const x of [1, width - 1 - scrollbar])
        for (let y = 0; y < height; y++)
            if (differs(rgba, at(x, y), background)) ink++;
    const buttons = await page.evaluate(() => [...document.querySelectorAll('#a11y button[data-id]')]
        .map(element => element.getBoundingClientRect()).map(({ left, top, right, bottom }) => ({ left, top, right, bottom })));
    const padding = 8;  // of the 16 CSS pixels the theme gives a button on each side
    for (const box of buttons) {
        if (box.top < 0 || box.bottom > height || box.right - box.left < 4 * padding) continue;
        const fill = [...rgba.subarray(at(box.right - 4, (box.top + box.bottom) / 2), at(box.right - 4, (box.top + box.bottom) / 2) + 3)];
        for (let y = box.top + padding; y < box.bottom - padding; y++)
            if (differs(rgba, at(box.right - padding, y), fill)) ink++;
    }
    return ink;
}

// The problems in the part of the screen in view now.
async function viewProblems(page, name) {
    const problems = (await reflowProblems(page)).map(problem => `${name}: ${problem}`);
    const ink = await inkWhereNoTextGoes(page);
    if (ink > 0) problems.push(`${name}: text cut off (${ink} pixels of ink in a margin)`);
    return problems;
}

// Checks the screen from its top, scrolled through to its end with the wheel, and keeps screenshots
// of its top, the next view and its end. The pointer is on the column's left edge, so on some
// screens the wheel turns over a text field, as a person's would.
async function checkScreen(page, name) {
    await page.mouse.move(20, page.viewportSize().height / 2);
    await drawnAfter(page, () => page.mouse.wheel(0, -100000));
    await settled(page);
    await screenshot(page, `zoom-${name}`);
    const problems = [];
    for (let turn = 0; turn < 300; turn++) {
        problems.push(...await viewProblems(page, name));
        const before = await page.screenshot({ scale: 'css' });
        await page.mouse.wheel(0, page.viewportSize().height * 1.5);
        await frameShown(page);
        if ((await page.screenshot({ scale: 'css' })).equals(before)) break;
        if (turn === 0) await screenshot(page, `zoom-${name}-scrolled`);
    }
    await screenshot(page, `zoom-${name}-end`);
    await drawnAfter(page, () => page.mouse.wheel(0, -100000));
    return [...new Set(problems)];
}

// Clicks where the canvas draws a control, scrolled into view first. journey.mjs's clickControl
// scrolls in small steps, too few for the longest screens at 400%.
async function clickAt(page, id) {
    const height = page.viewportSize().height;
    await page.mouse.move(20, height / 2);
    for (let attempt = 0; attempt < 300; attempt++) {
        const box = await page.locator(`#a11y [data-id="${id}"]`).boundingBox();
        if (!box) throw new Error(`no control ${id} on screen`);
        if (box.y >= 0 && box.y + box.height <= height) {
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
            return;
        }
        const delta = box.y < 0 ? Math.max(box.y - 20, -0.8 * height) : Math.min(box.y + box.height - height + 20, 0.8 * height);
        await drawnAfter(page, () => page.mouse.wheel(0, delta));
    }
    throw new Error(`could not scroll ${id} into view`);
}

// A page at a zoom level, optionally with the short scan's answers saved and done.
async function openAt(zoom, query, { finished = false } = {}) {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop', zooms[zoom]);
    if (finished)
        await context.addInitScript(([key, value]) => localStorage.setItem(key, value),
                                    [storageKey, JSON.stringify({ ...saved, position: 999 })]);
    await page.goto(`${session.server.url}?${query}`);
    return { context, page, consoleErrors };
}

// Opens the settings with a click on their button and picks the largest text size.
async function largestText(page) {
    await clickAt(page, 'settings');
    await page.locator('#a11y [data-id="text-size-3"]').waitFor({ state: 'attached' });
    await clickAt(page, 'text-size-3');
    await page.waitForFunction(() => document.querySelector('#a11y [data-id="text-size-3"]')?.getAttribute('aria-checked') === 'true');
}

async function closeSettings(page, screenName) {
    await clickAt(page, 'settings-close');
    await waitForScreen(page, screenName);
}

for (const zoom of [200, 400])
    for (const largest of [false, true]) {
        const label = `${zoom}%${largest ? ', largest text' : ''}`;
        const tag = `${zoom}${largest ? '-largest' : ''}`;

        // The whole scan at 200% in the largest text adds nothing to 400%'s: the same text in twice the width.
        if (!(zoom === 200 && largest)) test(`at ${label} the short scan is finished by clicking, and its screens reflow`, async () => {
            const { context, page, consoleErrors } = await openAt(zoom, 'lang=nl&variant=short');
            await waitForScreen(page, 'intro');
            const problems = [];
            if (largest) {
                await largestText(page);
                problems.push(...await checkScreen(page, `${tag}-settings`));
                await closeSettings(page, 'intro');
            }
            problems.push(...await checkScreen(page, `${tag}-intro`));
            await clickAt(page, 'start-short');
            await waitForScreen(page, 'question');
            let sawSection = false, sawQuestion = false;
            await answerAll(page, async (number, options) => {
                if (!sawQuestion) {
                    problems.push(...await checkScreen(page, `${tag}-question`));
                    sawQuestion = true;
                }
                await clickAt(page, `option-${answerFor(number, options)}`);
            }, async () => {
                if (!sawSection) {
                    problems.push(...await checkScreen(page, `${tag}-section`));
                    sawSection = true;
                }
                await clickAt(page, 'next');
            });
            await waitForScreen(page, 'results');
            problems.push(...await checkScreen(page, `${tag}-results`));
            await clickAt(page, 'share');
            await page.waitForFunction(() => /resultaatcode: /.test(document.getElementById('live').textContent));
            // The panel opens where the button was, in view.
            await settled(page);
            problems.push(...await viewProblems(page, `${tag}-results-share`));
            await screenshot(page, `zoom-${tag}-results-share`);
            await clickAt(page, 'to-plan');
            await waitForScreen(page, 'plan');
            problems.push(...await checkScreen(page, `${tag}-plan`));
            await clickAt(page, 'to-report');
            await waitForScreen(page, 'report');
            problems.push(...await checkScreen(page, `${tag}-report`));
            assert.ok(sawSection && sawQuestion, 'a section introduction and a question were checked');
            assert.deepEqual(problems, []);
            assert.deepEqual(consoleErrors, []);
            await context.close();
        });

        test(`at ${label} the group view with codes and its problems reflows`, async () => {
            const code = execFileSync(cli, ['code', path.join(root, 'assets/questionnaire.json'),
                                            path.join(root, 'tests/data/answers-short.json')], { encoding: 'utf8' }).trim();
            const { context, page } = await openAt(zoom, 'view=group&lang=nl');
            await waitForScreen(page, 'group');
            if (largest) {
                // The group view starts at the largest size already; the settings are checked here.
                await clickAt(page, 'settings');
                await page.locator('#a11y [data-id="settings-close"]').waitFor({ state: 'attached' });
                await closeSettings(page, 'group');
            }
            const before = await live(page);
            await page.locator('#a11y textarea[data-id="codes"]').fill(`${code}\nGEEN-CODE-HIER\n${code}`);
            await page.waitForFunction(previous => document.getElementById('live').textContent !== previous, before);
            assert.match(await live(page), /1 deelnemer/);
            assert.deepEqual(await checkScreen(page, `${tag}-group`), []);
            await context.close();
        });

        // The error screen has no settings button, so it is checked at the normal text size only.
        test(`at ${label} the error screen and the settings reflow`, async () => {
            const { context, page } = await openAt(zoom, 'lang=en&questionnaire=files/missing.json');
            await waitForScreen(page, 'error');
            const problems = await checkScreen(page, `${tag}-error`);
            const other = await openAt(zoom, 'lang=en', { finished: true });
            await waitForScreen(other.page, 'results');
            if (largest) await largestText(other.page);
            else {
                await clickAt(other.page, 'settings');
                await other.page.locator('#a11y [data-id="settings-close"]').waitFor({ state: 'attached' });
            }
            problems.push(...await checkScreen(other.page, `${tag}-settings-en`));
            assert.deepEqual(problems, []);
            await other.context.close();
            await context.close();
        });
    }

test('at 400% a long page is read to its end with the keyboard alone', async () => {
    const { context, page } = await openAt(400, 'lang=nl', { finished: true });
    await waitForScreen(page, 'results');
    await frameShown(page);
    const top = await page.screenshot({ scale: 'css' });
    await drawnAfter(page, () => page.keyboard.press('PageDown'));
    await frameShown(page);
    assert.ok(!(await page.screenshot({ scale: 'css' })).equals(top), 'Page Down scrolled the results');
    await context.close();
});
