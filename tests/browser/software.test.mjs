// Without WebGL the whole scan works: the app draws every frame in software on a 2D canvas
// (loader.js chooses that once, at start-up), and its screens look like the WebGL ones. A WebGL
// context lost mid-scan switches to software drawing and the person carries on where they were.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import path from 'node:path';
import { artifactsDir, decodePng, frameShown, launchBrowser, openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { answerAll, answerFor, cliScores, live, parseQuestion, scoresFromLive, tapControl } from './journey.mjs';

const session = useBrowser();  // WebGL as usual
let withoutWebGL = null;
before(async () => {
    withoutWebGL = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
});
after(async () => {
    await withoutWebGL?.close();
});

// Whether the canvas on the page draws with WebGL: a canvas that has a 2D context gives no other.
const drawsWithWebGL = page => page.evaluate(() => !!document.getElementById('canvas').getContext('webgl2'));

test('without WebGL the short scan by touch on a phone shows the scores leerregie-cli computes', async () => {
    const { context, page, consoleErrors, requests } = await openPage(withoutWebGL, 'phone');
    await page.goto(`${session.server.url}?lang=nl`);
    assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), false, 'this browser has no WebGL');
    await waitForScreen(page, 'intro');
    await screenshot(page, 'software-phone-intro');
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    let shotTaken = false;
    await answerAll(page, async (number, options) => {
        if (!shotTaken) {
            await screenshot(page, 'software-phone-question');
            shotTaken = true;
        }
        await tapControl(page, `option-${answerFor(number, options)}`);
    }, () => tapControl(page, 'next'));
    await waitForScreen(page, 'results');
    await screenshot(page, 'software-phone-results');
    const shown = scoresFromLive(await live(page), 'nl');
    assert.deepEqual(shown, await cliScores(page));
    assert.ok(Object.values(shown).every(score => score !== undefined), 'every dimension is read out');
    assert.equal(await page.locator('#unsupported').isHidden(), true, 'no "does not work in this browser"');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests.filter(url => !url.startsWith(session.server.url)), []);
    await context.close();
});

test('without WebGL nothing is drawn while the page sits idle', async () => {
    const { context, page } = await openPage(withoutWebGL, 'phone');
    await page.goto(session.server.url);
    await waitForScreen(page, 'intro');
    await frameShown(page);
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => window.__framesDrawn);
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.__framesDrawn) - before, 0, 'frames drawn in 2 s of idle');
    await context.close();
});

// The same screen drawn by each renderer: at most one pixel in a thousand differs by more than a
// rounding (the software renderer samples the font atlas at the nearest texel, WebGL blends four).
for (const viewportName of ['phone', 'desktop']) {
    test(`without WebGL the ${viewportName}'s intro looks as it does with WebGL`, async () => {
        const shots = [];
        for (const [browser, name] of [[session.browser, 'webgl'], [withoutWebGL, 'software']]) {
            const { context, page, consoleErrors } = await openPage(browser, viewportName);
            await page.goto(`${session.server.url}?lang=en`);
            await waitForScreen(page, 'intro');
            await frameShown(page);
            assert.equal(await drawsWithWebGL(page), name === 'webgl', `drawn by ${name}`);
            const file = path.join(artifactsDir, 'screenshots', `renderer-${name}-${viewportName}.png`);
            shots.push(decodePng(await page.screenshot({ path: file })));
            assert.deepEqual(consoleErrors, []);
            await context.close();
        }
        const [webgl, software] = shots;
        assert.equal(webgl.width * webgl.height, software.width * software.height);
        let different = 0;
        for (let i = 0; i < webgl.rgba.length; i += 4) {
            if ([0, 1, 2].some(channel => Math.abs(webgl.rgba[i + channel] - software.rgba[i + channel]) > 24)) ++different;
        }
        assert.ok(different < webgl.width * webgl.height / 1000, `${different} pixels differ between WebGL and software`);
    });
}

test('a WebGL context lost mid-scan: the scan goes on in software where it was, to the same scores', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    assert.equal(await drawsWithWebGL(page), true, 'drawn with WebGL at first');
    await tapControl(page, 'start-short');
    await waitForScreen(page, 'question');
    await answerAll(page, (number, options) => tapControl(page, `option-${answerFor(number, options)}`),
                    () => tapControl(page, 'next'), 6);
    const text = await live(page);
    assert.equal(parseQuestion(text)?.number, 6);
    await page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
    await page.waitForFunction(() => !document.getElementById('canvas').getContext('webgl2'));
    await frameShown(page);
    assert.equal(await live(page), text, 'still at question 6');
    const shot = decodePng(await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'context-lost-phone-question.png') }));
    // The question is drawn again: dark text and the options' light boxes, not an empty page.
    let dark = 0;
    for (let i = 0; i < shot.rgba.length; i += 4) if (shot.rgba[i] < 80 && shot.rgba[i + 1] < 80 && shot.rgba[i + 2] < 80) ++dark;
    assert.ok(dark > shot.width * shot.height / 200, `text is drawn after the loss (${dark} dark pixels)`);
    await answerAll(page, (number, options) => tapControl(page, `option-${answerFor(number, options)}`),
                    () => tapControl(page, 'next'));
    await waitForScreen(page, 'results');
    await screenshot(page, 'context-lost-phone-results');
    assert.deepEqual(scoresFromLive(await live(page), 'nl'), await cliScores(page));
    assert.deepEqual(consoleErrors, []);
    await context.close();
});
