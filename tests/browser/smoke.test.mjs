// The app loads and draws its intro on a phone and on a desktop, with no console errors and no
// request to any origin but its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { commonestColour, decodePng, differentPixels, frameShown, openPage, pixelAt, screenshot, settled, useBrowser,
         waitForScreen } from './harness.mjs';

const session = useBrowser();

for (const viewportName of ['phone', 'desktop']) {
    test(`the intro is drawn on a ${viewportName} without errors or foreign requests`, async () => {
        const { context, page, consoleErrors, requests } = await openPage(session.browser, viewportName);
        await page.goto(session.server.url);
        await waitForScreen(page, 'intro');
        await screenshot(page, `smoke-intro-${viewportName}`);

        const live = await page.locator('#live').textContent();
        assert.ok(live.trim().length > 0, '#live describes the intro');
        const canvas = await page.evaluate(() => {
            const element = document.querySelector('#canvas');
            return { width: element.width, cssWidth: element.getBoundingClientRect().width };
        });
        const ratio = viewportName === 'phone' ? 3 : 1;
        assert.equal(canvas.width, Math.round(canvas.cssWidth * ratio), 'canvas backing store follows devicePixelRatio');
        assert.deepEqual(consoleErrors, []);
        const foreign = requests.filter(url => !url.startsWith(session.server.url));
        assert.deepEqual(foreign, [], 'no request leaves the local origin');
        await context.close();
    });
}

test('nothing is drawn while the page sits idle', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    await page.goto(session.server.url);
    await waitForScreen(page, 'intro');
    await frameShown(page);
    await settled(page);
    const before = await page.evaluate(() => window.__framesDrawn);
    // Idle is the absence of frames, so there is nothing to wait for but a span of time.
    await page.waitForTimeout(2000);
    const after = await page.evaluate(() => window.__framesDrawn);
    assert.equal(after - before, 0, 'frames drawn in 2 s of idle');
    await context.close();
});

// The intro in a theme, decoded: { width, height, rgba }.
async function introIn(theme) {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?theme=${theme}&lang=en`);
    await waitForScreen(page, 'intro');
    const shot = decodePng(readFileSync(await screenshot(page, `smoke-intro-phone-${theme}`)));
    assert.deepEqual(consoleErrors, []);
    await context.close();
    return shot;
}

// The themes' backgrounds, from src/ui/theme.cpp.
const backgrounds = { light: [0xF7, 0xF5, 0xF0], dark: [0x14, 0x18, 0x1F], contrast: [0xFF, 0xFF, 0xFF] };

for (const theme of ['dark', 'contrast']) {
    test(`the ${theme} theme draws the intro in its own colours`, async () => {
        const light = await introIn('light');
        const themed = await introIn(theme);
        for (const [name, shot] of [['light', light], [theme, themed]]) {
            const background = commonestColour(shot);
            assert.ok(background.every((channel, i) => Math.abs(channel - backgrounds[name][i]) <= 4),
                      `the ${name} theme's background is ${backgrounds[name]}: ${background}`);
        }
        // Dark changes nearly every pixel; contrast keeps a white page but draws the buttons,
        // text and borders in black where the light theme has blue and grey.
        const changed = differentPixels(light, themed) / (light.width * light.height);
        assert.ok(theme === 'dark' ? changed > 0.5 : changed > 0.01,
                  `${(100 * changed).toFixed(1)}% of the pixels differ from the light theme`);
    });
}

// Where WebGL cannot draw (here its shaders "fail to link" at the first frame, when the app has
// already made it), the app draws that frame again in software, and the rest of the visit too.
test('when WebGL cannot draw, the app draws in software and input still works', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await context.addInitScript(() => { WebGL2RenderingContext.prototype.getProgramParameter = () => false; });
    await page.goto(session.server.url);
    await waitForScreen(page, 'intro');
    await frameShown(page);
    await page.locator('#canvas').focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'question');
    await frameShown(page);
    assert.equal(await page.evaluate(() => !!document.getElementById('canvas').getContext('webgl2')), false,
                 'the canvas has a 2D context, for frames drawn in software');
    const shot = await screenshot(page, 'desktop-webgl-failed');
    // The section's first screen is drawn: its blue Continue button on the light background.
    const [r, g, b] = await pixelAt(page, 760, 300);
    assert.ok(b > 150 && r < 80, `${shot}: the Continue button is blue (${[r, g, b]})`);
    assert.ok((await pixelAt(page, 640, 600)).every(channel => channel > 230), `${shot}: the background is light`);
    assert.deepEqual(consoleErrors.filter(text => !text.startsWith('Leerregie: ')), [], 'only the renderer\'s own report');
    await context.close();
});

// The start-up marks a benchmark reads (loader.js): the WebAssembly instantiated before any of the
// app's code ran, the first frame handed to the renderer, and that frame on screen; each once.
test('start-up is marked once per step, in order', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await page.goto(session.server.url);
    await waitForScreen(page, 'intro');
    await frameShown(page);
    const marks = await page.evaluate(() => ['leerregie:wasm-ready', 'leerregie:frame-handed', 'leerregie:first-frame'].map(name =>
        performance.getEntriesByName(name).map(mark => mark.startTime)));
    assert.ok(marks.every(times => times.length === 1), `each mark once: ${JSON.stringify(marks)}`);
    assert.ok(marks[0][0] < marks[1][0] && marks[1][0] < marks[2][0], `in order: ${JSON.stringify(marks)}`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

// The app learns the stage's size from a ResizeObserver (loader.js): a narrower window gets a new
// layout, its column centred in the new width, and a frame drawn to match.
test('a resized window is laid out and drawn again at its new size', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?lang=en`);
    await waitForScreen(page, 'intro');
    await frameShown(page);
    const startButton = () => page.evaluate(() => {
        const box = document.querySelector('#a11y [data-id="start-short"]').getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    // Centred, beside the scrollbar: 580 pixels narrower moves the centre 290 to the left.
    const before = await startButton();
    await page.setViewportSize({ width: 700, height: 600 });
    await page.waitForFunction(x => {
        const box = document.querySelector('#a11y [data-id="start-short"]').getBoundingClientRect();
        return Math.abs(box.left + box.width / 2 - x) < 1;
    }, before.x - 290);
    await frameShown(page);
    await screenshot(page, 'desktop-resized');
    const centre = await startButton();
    const [r, g, b] = await pixelAt(page, Math.round(centre.x) - 100, Math.round(centre.y));
    assert.ok(b > 150 && r < 80, `the start button is drawn where the new layout has it (${[r, g, b]})`);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
