// Shared set-up for the browser tests: serves dist/ on a free loopback port, starts Debian's
// Chromium through playwright-core, and gives each test a page on a phone or desktop viewport that
// records console errors, every request, and every animation frame the app asks for.
import { mkdirSync } from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
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

// Counts requestAnimationFrame callbacks that ran, so a test can tell drawn frames from idle time.
function countFrames() {
    const request = window.requestAnimationFrame.bind(window);
    window.__framesDrawn = 0;
    window.requestAnimationFrame = callback => request(time => {
        window.__framesDrawn++;
        callback(time);
    });
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

// Waits until the app's first frame is on screen (loader.js marks it; a page without the app's
// canvas, such as the printable report, has none to wait for) and two more animation frames have
// passed: the frames the app asked for are drawn in them, or in the task just after (in software).
export async function frameShown(page) {
    await page.waitForFunction(() => !document.getElementById('canvas')
                                     || performance.getEntriesByName('leerregie:first-frame').length > 0);
    await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
}

// A PNG screenshot as { width, height, rgba }: 8-bit RGB or RGBA, not interlaced, as Chromium writes them.
export function decodePng(png) {
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
    const channels = png[25] === 6 ? 4 : 3;
    const data = [];
    for (let offset = 8; offset < png.length;) {
        const length = png.readUInt32BE(offset);
        if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') data.push(png.subarray(offset + 8, offset + 8 + length));
        offset += 12 + length;
    }
    const filtered = zlib.inflateSync(Buffer.concat(data));
    const stride = width * channels;
    const rows = Buffer.alloc(stride * height);
    for (let y = 0; y < height; ++y) {
        const filter = filtered[y * (stride + 1)];
        for (let x = 0; x < stride; ++x) {
            const raw = filtered[y * (stride + 1) + 1 + x];
            const left = x >= channels ? rows[y * stride + x - channels] : 0;
            const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
            const upLeft = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
            let predicted = 0;
            if (filter === 1) predicted = left;
            else if (filter === 2) predicted = up;
            else if (filter === 3) predicted = (left + up) >> 1;
            else if (filter === 4) {
                const estimate = left + up - upLeft;
                const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
                predicted = a <= b && a <= c ? left : b <= c ? up : upLeft;
            }
            rows[y * stride + x] = (raw + predicted) & 0xFF;
        }
    }
    const rgba = Buffer.alloc(width * height * 4, 255);
    for (let i = 0; i < width * height; ++i) rows.copy(rgba, i * 4, i * channels, i * channels + 3);
    return { width, height, rgba };
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
