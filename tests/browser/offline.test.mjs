// Offline use: after one visit the service worker has the app's files, so the app starts and a
// scan can begin with the network off and the server gone; it keeps the app's own files and
// nothing else, and "Alles wissen" removes them; a new build replaces the old one cleanly, leaving
// one cache; and inside another site's frame the app works whatever the worker can do there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { launchBrowser, openPage, screenshot, serve, waitForScreen } from './harness.mjs';
import { clickControl, root, tapControl } from './journey.mjs';

// A copy of dist/ that a test may change or stop serving without touching the other tests.
function copyOfDist() {
    const folder = mkdtempSync(path.join(tmpdir(), 'leerregie-dist-'));
    cpSync(path.join(root, 'dist'), folder, { recursive: true });
    return folder;
}

const workerVersion = folder => readFileSync(path.join(folder, 'sw.js'), 'utf8').match(/const VERSION\s*=\s*["']([0-9a-f]+)["']/)[1];

// Waits until a service worker controls the page, reloading once if the first visit was not yet
// taken over.
async function waitForControl(page) {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
        await page.reload();
        await waitForScreen(page, 'intro');
    }
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true, 'a service worker controls the page');
}

test('after one visit the app starts and a scan begins with the network off and the server stopped', async () => {
    const folder = copyOfDist();
    const server = await serve(folder);
    const browser = await launchBrowser();
    try {
        const { context, page, consoleErrors } = await openPage(browser, 'phone');
        await page.goto(`${server.url}?lang=nl`);
        await waitForScreen(page, 'intro');
        await waitForControl(page);
        assert.deepEqual(await page.evaluate(() => caches.keys()), [`leerregie-${workerVersion(folder)}`]);

        server.stop();
        await context.setOffline(true);
        // The server is really gone: nothing answers on its port any more.
        await assert.rejects(fetch(server.url));
        await page.reload();
        await waitForScreen(page, 'intro');
        assert.equal(await page.evaluate(() => navigator.onLine), false);
        await screenshot(page, 'phone-offline-intro');
        await tapControl(page, 'start-short');
        await waitForScreen(page, 'question');
        await screenshot(page, 'phone-offline-question');
        assert.deepEqual(consoleErrors, []);
        await context.close();
    } finally {
        server.stop();
        await browser.close();
    }
});

test('a new build replaces the old one: the page gets the new files and one cache remains', async () => {
    const folder = copyOfDist();
    const server = await serve(folder);
    const browser = await launchBrowser();
    try {
        const { context, page, consoleErrors } = await openPage(browser, 'desktop');
        await context.addInitScript(() => navigator.serviceWorker.addEventListener('controllerchange', () => {
            window.__controllerChanged = true;
        }));
        await page.goto(server.url);
        await waitForScreen(page, 'intro');
        await waitForControl(page);
        const oldVersion = workerVersion(folder);
        const marker = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build-check').trim());
        assert.equal(await marker(), '');

        // A new build: one shipped file changes, and the build step writes sw.js anew.
        appendFileSync(path.join(folder, 'style.css'), '\n:root { --build-check: 2; }\n');
        const later = new Date(Date.now() + 5000);  // a build some seconds later: serve.py's dates are in seconds
        utimesSync(path.join(folder, 'style.css'), later, later);
        execFileSync('cmake', [`-DSHELL_DIR=${path.join(root, 'shell')}`, `-DDIST_DIR=${folder}`,
                               `-DREPORT_CSS=${path.join(root, 'src/core/report.css')}`, `-DNODE=${process.execPath}`,
                               '-DJS_MINIFIER=/usr/share/emscripten/tools/acorn-optimizer.js',
                               '-P', path.join(root, 'cmake/ShellFiles.cmake')]);
        const newVersion = workerVersion(folder);
        assert.notEqual(newVersion, oldVersion, 'a changed file gives a new worker version');

        // The first visit after the change still runs the old files, and hands over to the new
        // worker once they are loaded; the next one runs the new files.
        await page.reload();
        await waitForScreen(page, 'intro');
        // The new worker has taken over when it controls the page and has finished activating,
        // which is when it has removed the old cache.
        const tookOver = await page.evaluate(() => new Promise(resolve => {
            const activated = () => {
                const worker = navigator.serviceWorker.controller;
                if (worker.state === 'activated') resolve(true);
                else worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(true));
            };
            if (window.__controllerChanged) activated();
            else navigator.serviceWorker.addEventListener('controllerchange', activated, { once: true });
            setTimeout(() => resolve(false), 20000);
        }));
        assert.ok(tookOver, 'the new worker took over');
        assert.deepEqual(await page.evaluate(() => caches.keys()), [`leerregie-${newVersion}`]);
        await page.reload();
        await waitForScreen(page, 'intro');
        assert.equal(await marker(), '2', 'the page has the new style.css');
        assert.deepEqual(await page.evaluate(() => caches.keys()), [`leerregie-${newVersion}`]);
        const controller = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
        assert.equal(controller, `${server.url}sw.js`);
        assert.deepEqual(consoleErrors, []);
        await context.close();
    } finally {
        server.stop();
        await browser.close();
    }
});

// Every URL in the worker's caches.
const cachedUrls = page => page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls.sort();
});

test('the worker keeps only the app\'s own files, never another page of the site, and "Alles wissen" removes them', async () => {
    const folder = copyOfDist();
    // Pages of the site that hosts the app, beside it: a trainer's questionnaire and an HTML page.
    writeFileSync(path.join(folder, 'trainer.json'), '{"id": "workshop"}');
    writeFileSync(path.join(folder, 'other.html'), '<!doctype html><title>Elsewhere</title><p>Another page of the site.');
    const server = await serve(folder);
    const browser = await launchBrowser();
    try {
        const { context, page, consoleErrors } = await openPage(browser, 'desktop');
        await page.goto(`${server.url}?lang=nl`);
        await waitForScreen(page, 'intro');
        await waitForControl(page);
        assert.equal(await page.evaluate(() => fetch('trainer.json').then(response => response.text())), '{"id": "workshop"}');
        const visit = await context.newPage();
        await visit.goto(`${server.url}other.html`);
        assert.equal(await visit.locator('p').textContent(), 'Another page of the site.');
        await visit.close();

        const kept = await cachedUrls(page);
        const shipped = readFileSync(path.join(folder, 'sw.js'), 'utf8').match(/const FILES\s*=\s*\[([^\]]*)\]/)[1]
            .split(',').map(name => new URL(name.trim().replace(/^['"]|['"]$/g, ''), server.url).href).sort();
        assert.deepEqual(kept, shipped, 'the cache holds exactly the files the build listed');
        assert.ok(!kept.some(url => url.endsWith('other.html') || url.endsWith('trainer.json')));

        await clickControl(page, 'settings');
        await page.waitForFunction(() => document.querySelector('#a11y [data-id="clear"]'));
        await clickControl(page, 'clear');
        await page.waitForFunction(() => document.querySelector('#a11y [data-id="clear-confirm"]'));
        await clickControl(page, 'clear-confirm');
        await page.waitForFunction(() => caches.keys().then(keys => keys.length === 0), null, { timeout: 5000 });
        assert.deepEqual(consoleErrors, []);
        await context.close();
    } finally {
        server.stop();
        await browser.close();
    }
});

test('inside another site\'s frame the app starts, with or without its service worker', async () => {
    const app = await serve(copyOfDist());
    const host = mkdtempSync(path.join(tmpdir(), 'leerregie-host-'));
    const hostServer = await serve(host);
    writeFileSync(path.join(host, 'index.html'),
                  `<!doctype html><title>Workshop</title><link rel="icon" href="data:,"><iframe src="${app.url}?embed=1&lang=en" width="390" height="700"></iframe>`);
    const browser = await launchBrowser();
    try {
        const { context, page, consoleErrors } = await openPage(browser, 'desktop');
        // Keeps, for the frame, whether its service worker came to run or was refused.
        await context.addInitScript(() => {
            if (typeof ServiceWorkerContainer === 'undefined') return;
            const register = ServiceWorkerContainer.prototype.register;
            ServiceWorkerContainer.prototype.register = function (...args) {
                const registering = register.apply(this, args);
                registering.then(() => this.ready).then(() => 'active', () => 'refused')
                    .then(outcome => { window.__serviceWorker = outcome; });
                return registering;
            };
        });
        await page.goto(hostServer.url);
        const frame = page.frames().find(candidate => candidate.url().startsWith(app.url));
        await waitForScreen(frame, 'intro');
        await frame.waitForFunction(() => window.__serviceWorker);
        await page.reload();
        const again = page.frames().find(candidate => candidate.url().startsWith(app.url));
        await waitForScreen(again, 'intro');
        assert.deepEqual(consoleErrors, []);
        await context.close();
    } finally {
        app.stop();
        hostServer.stop();
        await browser.close();
    }
});
