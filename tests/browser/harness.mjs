// Shared set-up for the browser tests: serves dist/ on a free loopback port, starts Debian's
// Chromium through playwright-core, and gives each test a page on a phone or desktop viewport that
// records console errors, every request, and every animation frame the app asks for.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serve as serveFolder } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = process.env.ARTIFACTS || path.join(root, 'test-artifacts');
mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });

export const viewports = {
    phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
};

// Serves a folder (default dist/) on a free loopback port; resolves to { url, stop }.
export function serve(folder = path.join(root, 'dist')) {
    return serveFolder(folder);
}

export async function launchBrowser(extraArgs = []) {
    return chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
               '--disable-background-networking', '--disable-component-update', '--disable-sync',
               '--no-first-run', ...extraArgs],
    });
}

// Counts requestAnimationFrame callbacks that ran, so a test can tell drawn frames from idle time,
// and keeps the requests still to run, so it can tell when the app has stopped asking for frames.
function countFrames() {
    const request = window.requestAnimationFrame.bind(window);
    const cancel = window.cancelAnimationFrame.bind(window);
    window.__framesDrawn = 0;
    window.__framesPending = new Set();
    window.requestAnimationFrame = callback => {
        const id = request(time => {
            window.__framesPending.delete(id);
            window.__framesDrawn++;
            callback(time);
        });
        window.__framesPending.add(id);
        return id;
    };
    window.cancelAnimationFrame = id => {
        window.__framesPending.delete(id);
        cancel(id);
    };
}

// Opens a fresh context with the given viewport; returns { context, page, consoleErrors, requests }.
export async function openPage(browser, viewportName, options = {}) {
    const context = await browser.newContext({ ...viewports[viewportName], ...options });
    await context.addInitScript(countFrames);
    const page = await context.newPage();
    const consoleErrors = [];
    const requests = [];
    page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', error => consoleErrors.push(String(error)));
    context.on('request', request => requests.push(request.url()));
    return { context, page, consoleErrors, requests };
}

// Waits until the app has drawn a frame, published its screen name, and the frame is on screen.
export async function waitForScreen(page, screen, timeout = 20000) {
    await page.waitForFunction(name => document.documentElement.dataset.screen === name
                                       && window.__framesDrawn > 0
                                       && document.documentElement.classList.contains('started'), screen, { timeout });
}

// Does `action` (a key press, a turn of the wheel) in a page or frame and waits until the app has
// drawn a frame after it.
export async function drawnAfter(pageOrFrame, action) {
    const before = await pageOrFrame.evaluate(() => window.__framesDrawn);
    await action();
    await pageOrFrame.waitForFunction(count => window.__framesDrawn > count, before);
}

// Waits until the app asks for no more frames: whatever it shows has settled.
export async function settled(page) {
    await page.waitForFunction(() => window.__framesPending.size === 0);
}

// Waits until the app's first frame is on screen (loader.js marks it; a page without the app's
// canvas, such as the printable report, has none to wait for) and two more animation frames have
// passed: the frames the app asked for are drawn in them, or in the task just after (in software).
export async function frameShown(page) {
    await page.waitForFunction(() => !document.getElementById('canvas')
                                     || performance.getEntriesByName('leerregie:first-frame').length > 0);
    await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
}

// A PNG screenshot as { width, height, rgba }.
export function decodePng(png) {
    const { width, height, data } = PNG.sync.read(png);
    return { width, height, rgba: data };
}

// How many pixels differ visibly between two decoded screenshots of the same size.
export function differentPixels(a, b, threshold = 0.1) {
    assert.deepEqual([a.width, a.height], [b.width, b.height], 'screenshots of the same size');
    return pixelmatch(a.rgba, b.rgba, null, a.width, a.height, { threshold });
}

// The colour [r, g, b] covering most of a decoded screenshot: the background.
export function commonestColour({ rgba }) {
    const counts = new Map();
    for (let i = 0; i < rgba.length; i += 4) {
        const colour = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
        counts.set(colour, (counts.get(colour) || 0) + 1);
    }
    const [colour] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    return [colour >> 16, (colour >> 8) & 0xFF, colour & 0xFF];
}

// The colour [r, g, b] on screen at a point of the page, from a one-pixel screenshot.
export async function pixelAt(page, x, y) {
    const { rgba } = decodePng(await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' }));
    return [rgba[0], rgba[1], rgba[2]];
}

export async function screenshot(page, name) {
    await frameShown(page);
    const file = path.join(artifactsDir, 'screenshots', `${name}.png`);
    await page.screenshot({ path: file });
    return file;
}

// One local server and one browser for all tests of a file: `session.server.url`, `session.browser`.
export function useBrowser() {
    const session = {};
    before(async () => {
        session.server = await serve();
        session.browser = await launchBrowser();
    });
    after(async () => {
        await session.browser?.close();
        session.server?.stop();
    });
    return session;
}
