// One focus: the page's keyboard focus is on a real control of the accessible mirror, and the
// canvas draws its focus ring around the widget of that same control. Checked with Chromium's own
// accessibility tree (CDP), the pixels of the ring, the WAI-ARIA radio group keys, and the
// progress bar, list and status a screen reader is given.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { drawnAfter, openPage, pixelAt, screenshot, settled, useBrowser, waitForScreen } from './harness.mjs';
import { clickControl, live, openOnResults, parseQuestion, questionnaire, root, tapControl } from './journey.mjs';

const session = useBrowser();
const strings = JSON.parse(readFileSync(path.join(root, 'assets/strings.json'), 'utf8'));

// The name of the node Chromium's accessibility tree has focused, and of the control the canvas
// draws the ring around (the mirror marks it data-ring).
async function focusState(page, cdp) {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    // The document itself counts as focused too while the window has the focus.
    const focused = nodes.find(node => node.role?.value !== 'RootWebArea' &&
                                       (node.properties || []).some(p => p.name === 'focused' && p.value.value));
    const ring = await page.evaluate(() => {
        const marked = document.querySelectorAll('#a11y [data-ring]');
        return { count: marked.length, id: marked[0]?.dataset.id, isActive: marked[0] === document.activeElement };
    });
    return { focusedName: focused?.name?.value, ...ring,
             activeId: await page.evaluate(() => document.activeElement?.dataset?.id) };
}

// The controls Tab stops at, in the mirror's order, with their place on the canvas.
const tabStops = page => page.evaluate(() => Array.from(document.querySelectorAll(
    '#a11y button:not([tabindex="-1"]), #a11y textarea')).map(element => {
    const box = element.getBoundingClientRect();
    return { id: element.dataset.id, label: element.getAttribute('aria-label') || element.textContent, y: box.y, x: box.x };
}));

async function pressAndDraw(page, key) {
    await drawnAfter(page, () => page.keyboard.press(key));
    await settled(page);
}

// Opens the page on the results, with the short scan done.
async function openResults(page, language) {
    await openOnResults(page, `${session.server.url}?lang=${language}`);
    await waitForScreen(page, 'results');
}

test('Tab and Shift+Tab move one focus through the controls in visual order, with the ring drawn there', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await openResults(page, 'nl');
    const stops = await tabStops(page);
    assert.ok(stops.length >= 5, `the results have controls to Tab to: ${stops.map(stop => stop.id)}`);
    // The mirror's order is the order on screen: top to bottom, and left to right on one line.
    for (let index = 1; index < stops.length; index++) {
        const [before, after] = [stops[index - 1], stops[index]];
        assert.ok(before.y < after.y || (before.y === after.y && before.x < after.x),
                  `${before.id} comes before ${after.id} on screen too`);
    }

    const reached = [];
    for (const stop of stops) {
        await pressAndDraw(page, 'Tab');
        const state = await focusState(page, cdp);
        reached.push(state.activeId);
        assert.equal(state.activeId, stop.id, 'Tab goes to the next control in order');
        assert.equal(state.count, 1, 'one ring');
        assert.ok(state.isActive, `the ring is drawn around ${state.id}, where the page's focus is (${state.activeId})`);
        assert.equal(state.focusedName, stop.label, 'the accessibility tree focuses the control with the ring');
        // The screen scrolled to show it: the control is within the window.
        const box = await page.locator(`#a11y [data-id="${stop.id}"]`).boundingBox();
        assert.ok(box.y >= 0 && box.y + box.height <= 800, `${stop.id} is scrolled into view (${box.y})`);
    }
    await screenshot(page, 'desktop-focus-results-last');
    for (let index = stops.length - 2; index >= 0; index--) {
        await pressAndDraw(page, 'Shift+Tab');
        const state = await focusState(page, cdp);
        assert.equal(state.activeId, stops[index].id, 'Shift+Tab goes back in order');
        assert.ok(state.isActive);
    }
    await context.close();
});

test('the ring is drawn in the theme colour around the focused widget, and a click shows none', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'intro');
    const box = await page.locator('#a11y [data-id="start-full"]').boundingBox();
    // Just outside the button: the ring lies 2.5 to 5.5 CSS pixels from its edge.
    const ringPoint = [Math.round(box.x + box.width / 2), Math.round(box.y - 4)];
    const before = await pixelAt(page, ...ringPoint);
    await pressAndDraw(page, 'Tab');
    await pressAndDraw(page, 'Tab');
    await pressAndDraw(page, 'Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'start-full');
    const ring = await pixelAt(page, ...ringPoint);
    await screenshot(page, 'desktop-focus-ring');
    assert.ok(before.every(channel => channel > 200), `the background before (${before})`);
    const [r, g, b] = ring;
    assert.ok(b > 120 && r < 100 && b - r > 60, `the ring in the theme's accent blue (${ring})`);

    // A click focuses the control (the page and the canvas agree), without a keyboard ring.
    await page.getByRole('button', { name: strings.nl['ui.settings.open'] }).waitFor({ state: 'attached' });
    await clickControl(page, 'settings');
    const themeId = 'ui.settings.theme_dark';  // the settings' radios are named by their text's key
    await page.waitForFunction(id => !!document.querySelector(`#a11y [data-id="${id}"]`), themeId);
    await clickControl(page, themeId);
    await page.waitForFunction(id => document.activeElement?.dataset?.id === id, themeId);
    await settled(page);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#a11y [data-ring]').length), 0,
                 'no ring after a click');
    await context.close();
});

test('a tap focuses the control tapped, on a phone', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=en`);
    await waitForScreen(page, 'intro');
    await tapControl(page, 'settings');
    await page.waitForFunction(() => !!document.querySelector('#a11y [data-id="text-size-2"]'));
    await tapControl(page, 'text-size-2');
    await page.waitForFunction(() => document.activeElement?.dataset?.id === 'text-size-2' &&
                                     document.activeElement.getAttribute('aria-checked') === 'true');
    await context.close();
});

test('the answers are a radio group: the arrows move and check, Tab leaves it, and nothing moves on by itself', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'question');
    await pressAndDraw(page, 'Enter');  // past the section's introduction
    const question = parseQuestion(await live(page));
    assert.ok(question && question.options >= 3, 'a question with several options');

    // One Tab stop for the whole group: from the question's heading, Tab lands on the first choice.
    let state;
    for (let press = 0; press < 6; press++) {
        await pressAndDraw(page, 'Tab');
        state = await focusState(page, cdp);
        if (state.activeId?.startsWith('option-')) break;
    }
    assert.equal(state.activeId, 'option-1', 'the group\'s stop is its first choice while none is checked');
    const radio = id => page.locator(`#a11y [data-id="${id}"]`);

    await pressAndDraw(page, 'ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'option-2');
    assert.equal(await radio('option-2').getAttribute('aria-checked'), 'true', 'ArrowDown checks the next choice');
    assert.equal(await radio('option-1').getAttribute('aria-checked'), 'false');
    state = await focusState(page, cdp);
    assert.ok(state.isActive, 'the ring follows');
    assert.match(state.focusedName, /^2 /, 'the accessibility tree is on the second choice');

    // Well past the moment a choice by click or number moves on: still this question.
    await page.waitForTimeout(800);
    assert.equal(parseQuestion(await live(page)).number, question.number, 'an arrow key does not move on');

    await pressAndDraw(page, 'ArrowUp');
    await pressAndDraw(page, 'ArrowUp');
    const last = await page.evaluate(() => document.activeElement.dataset.id);
    assert.equal(await radio(last).getAttribute('aria-checked'), 'true', 'ArrowUp from the first wraps to the last');
    await pressAndDraw(page, 'Home');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'option-1');
    assert.equal(await page.evaluate(() => document.querySelectorAll('#a11y [role="radio"][tabindex="0"]').length), 1,
                 'one Tab stop in the group: the checked choice');

    // Tab leaves the group for "Vorige", then "Volgende"; Enter there moves on.
    await pressAndDraw(page, 'Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'back');
    await pressAndDraw(page, 'Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'next');
    await screenshot(page, 'desktop-focus-next');
    await pressAndDraw(page, 'Enter');
    await page.waitForFunction(number => !document.getElementById('live').textContent.startsWith(`Vraag ${number} `),
                               question.number);

    // The focus went on to the new question's choices; a choice by number key still moves on by
    // itself, and the focus goes along again.
    let next = await live(page);
    await settled(page);
    if (!parseQuestion(next)) {
        // A new section's introduction: its heading has the focus, and Enter goes on.
        assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
        await pressAndDraw(page, 'Enter');
        next = await live(page);
        await settled(page);
    }
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'option-1');
    await page.keyboard.press('1');
    await page.waitForFunction(text => document.getElementById('live').textContent.split('.')[0] !== text.split('.')[0],
                               next);
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'option-1',
                 'the focus is on the first choice of the question that follows');
    await context.close();
});

test('the progress is a progress bar, the scores a list, and a status is said once', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=en&variant=short`);
    await waitForScreen(page, 'intro');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'question');
    await pressAndDraw(page, 'Enter');
    const short = questionnaire.items.filter(item => item.short).length;
    const bar = page.getByRole('progressbar');
    assert.equal(await bar.getAttribute('aria-valuenow'), '1');
    assert.equal(await bar.getAttribute('aria-valuemax'), String(short));
    assert.match(await bar.getAttribute('aria-valuetext'), new RegExp(`^Question 1 of ${short}`));

    await openResults(page, 'en');
    const list = page.getByRole('list', { name: strings.en['ui.results.scores_title'] });
    const items = await list.getByRole('listitem').allTextContents();
    const dimensions = questionnaire.dimensions.map(dimension => dimension.name.en);
    assert.ok(items.length >= 4, `one item per part: ${items}`);
    for (const item of items)
        assert.ok(dimensions.some(name => item.startsWith(`${name}: `)), `"${item}" names its part and score`);

    await page.getByRole('button', { name: strings.en['ui.share.open'] }).press('Enter');
    await page.getByRole('button', { name: strings.en['ui.share.copy'] }).waitFor({ state: 'attached' });
    await page.evaluate(() => {
        window.__statusChanges = 0;
        new MutationObserver(records => { window.__statusChanges += records.length; })
            .observe(document.getElementById('a11y'), { subtree: true, childList: true, characterData: true });
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: strings.en['ui.share.copy'] }).press('Enter');
    const status = page.getByRole('status').filter({ hasText: /cop/i });
    await status.first().waitFor({ state: 'attached' });
    const changesAfterStatus = await page.evaluate(() => window.__statusChanges);
    // More frames (a scroll) leave the status as it is: it is not said again.
    await page.mouse.move(640, 400);
    await drawnAfter(page, () => page.mouse.wheel(0, 200));
    await settled(page);
    assert.equal(await status.count(), 1);
    assert.equal(await page.evaluate(() => window.__statusChanges), changesAfterStatus, 'the status is not set again');
    await context.close();
});
