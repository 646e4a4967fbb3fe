// Private by construction: the whole journey (intro, questions, results, plan, the printable
// report, downloading the answers and loading them back) with every request of the browser
// context recorded, the service worker's included. None leaves the page's origin, and after the
// first drawn frame the page makes none but the renderer's own file (start-up, on a slow
// machine); only the service worker fills its cache with the app's own files. The CSP and the
// Permissions-Policy say no to what the app does not use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser, waitForScreen } from './harness.mjs';
import { clickControl, finishByKeyboard, questionnaire, root, storageKey } from './journey.mjs';

const session = useBrowser();

// The files the service worker may fetch for its cache: the list the build wrote into sw.js.
const precached = JSON.parse(readFileSync(path.join(root, 'dist/sw.js'), 'utf8')
    .match(/const FILES\s*=\s*(\[[^\]]*\]);/)[1].replace(/'/g, '"'));

// Notes when the page first shows a screen (the first drawn frame sets data-screen) and any
// Content-Security-Policy violation.
function watchPage() {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation',
                              event => window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    new MutationObserver((records, observer) => {
        if (document.documentElement?.dataset.screen) {
            window.__firstScreenAt = performance.timeOrigin + performance.now();
            window.__firstScreenPerformance = performance.now();
            observer.disconnect();
        }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen'] });
}

test('the whole journey makes no request to another origin, and none after start-up but the worker\'s cache fill', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop', { acceptDownloads: true });
    await context.addInitScript(watchPage);
    const seen = [];
    context.on('request', request => seen.push({ request, receivedAt: Date.now() }));

    const origin = new URL(session.server.url).origin;
    await page.goto(`${session.server.url}?lang=nl&variant=short`);
    await waitForScreen(page, 'intro');
    const firstScreenAt = await page.evaluate(() => window.__firstScreenAt);
    assert.ok(firstScreenAt > 0, 'the first frame was noted');

    // Questions, results, plan with a goal typed in.
    await finishByKeyboard(page);
    await waitForScreen(page, 'results');
    await clickControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    const goal = 'Een cursus kiezen die bij mij past';
    await page.getByRole('textbox', { name: 'Wat wil je leren of bereiken?' }).fill(goal);
    await page.waitForFunction(([key, text]) => localStorage.getItem(key)?.includes(text), [storageKey, goal]);
    await clickControl(page, 'to-report');
    await waitForScreen(page, 'report');

    // The printable report opens as a blob: page, styled by the one stylesheet the CSP allows.
    const popupOpened = context.waitForEvent('page');
    await clickControl(page, 'print');
    const popup = await popupOpened;
    await popup.waitForLoadState();
    assert.match(popup.url(), /^blob:/);
    const reportStyle = await popup.evaluate(() => ({
        maxWidth: getComputedStyle(document.body).maxWidth,
        border: getComputedStyle(document.querySelector('h2')).borderBottomStyle,
        text: document.body.innerText,
    }));
    assert.equal(reportStyle.maxWidth, '736px', 'the report stylesheet applies (46em)');
    assert.equal(reportStyle.border, 'solid');
    assert.match(reportStyle.text, new RegExp(goal));
    await screenshot(popup, 'desktop-printable-report');
    await popup.close();

    // Download the answers file, then load it back.
    const downloadStarted = page.waitForEvent('download');
    await clickControl(page, 'download');
    const download = await downloadStarted;
    assert.match(download.url(), /^blob:/);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.format, 'leerregie-answers');
    assert.equal(saved.plan.goal, goal);
    const chooserOpened = page.waitForEvent('filechooser');
    await clickControl(page, 'import');
    await (await chooserOpened).setFiles(file);
    await page.waitForFunction(() => /zijn ingeladen/.test(document.getElementById('a11y').textContent));
    await waitForScreen(page, 'results');

    // The service worker has filled its cache once it is ready. A request that never comes has no
    // event to wait for, so anything late is given a span of time to show.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForTimeout(1000);

    const entries = seen.map(({ request, receivedAt }) => {
        const startTime = request.timing().startTime;
        return { url: request.url(), byWorker: !!request.serviceWorker(), at: startTime > 0 ? startTime : receivedAt };
    });
    // blob: and data: URLs are not network requests (the report page, the download); they must
    // still belong to this origin.
    const local = entries.filter(entry => /^(blob|data):/.test(entry.url));
    const network = entries.filter(entry => !/^(blob|data):/.test(entry.url));
    for (const entry of local)
        if (entry.url.startsWith('blob:')) assert.equal(new URL(entry.url.slice(5)).origin, origin, entry.url);
    assert.deepEqual(network.filter(entry => new URL(entry.url).origin !== origin).map(entry => entry.url), [],
                     'no request leaves the origin');

    const byWorker = network.filter(entry => entry.byWorker);
    assert.ok(byWorker.length > 0, 'the service worker\'s own requests are seen');
    const workerFiles = new Set(['sw.js', ...precached].map(name => new URL(name, session.server.url).href));
    assert.deepEqual(byWorker.filter(entry => !workerFiles.has(entry.url)).map(entry => entry.url), [],
                     'the worker fetches only the app\'s own files');
    // The group view's scanner is fetched by the group view alone, by neither the page nor the worker.
    assert.deepEqual(network.filter(entry => /\/scanner\//.test(entry.url)).map(entry => entry.url), []);
    // The one start-up request that may come after the first frame, once: the trainer's
    // questionnaire named by `questionnaire=` (none in this journey, which uses the built-in one).
    const trainerFile = new URL(page.url()).searchParams.get('questionnaire');
    const allowed = trainerFile ? [new URL(trainerFile, page.url()).href] : [];
    const notAllowed = urls => urls.filter((url, index) => !(allowed.includes(url) && urls.indexOf(url) === index));
    const late = network.filter(entry => !entry.byWorker && entry.at > firstScreenAt).map(entry => entry.url);
    assert.deepEqual(notAllowed(late), [], 'the page makes no request after its first frame');

    // The page's own record agrees: no resource was fetched after the first frame but those.
    const pageLate = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter(entry => entry.startTime > window.__firstScreenPerformance).map(entry => entry.name));
    assert.deepEqual(notAllowed(pageLate), []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('where a new tab is blocked, the report prints from a hidden frame the CSP allows, still styled', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await context.addInitScript(watchPage);
    await context.addInitScript(() => {
        window.open = () => null;  // as in an embedding page that blocks new tabs
        window.print = () => {};
    });
    const done = JSON.stringify({ format: 'leerregie-answers', version: 1, questionnaire: questionnaire.id,
                                  variant: 'short', position: 999,
                                  answers: Object.fromEntries(questionnaire.items.filter(item => item.short).map(item => [item.id, 1])) });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey, done]);
    await page.goto(`${session.server.url}?lang=nl`);
    await waitForScreen(page, 'results');
    await clickControl(page, 'to-plan');
    await waitForScreen(page, 'plan');
    await clickControl(page, 'to-report');
    await waitForScreen(page, 'report');
    await clickControl(page, 'print');
    const frame = await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('h1'));
    assert.ok(frame);
    const style = await page.evaluate(() => {
        const frameDocument = document.querySelector('iframe').contentDocument;
        frameDocument.defaultView.print = () => {};
        return { url: document.querySelector('iframe').src, maxWidth: getComputedStyle(frameDocument.body).maxWidth };
    });
    assert.match(style.url, /^blob:/);
    assert.equal(style.maxWidth, '736px');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('the server sends a Permissions-Policy that switches off what the app does not use, the camera but for the group view', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    const response = await page.goto(session.server.url);
    await waitForScreen(page, 'intro');
    const header = response.headers()['permissions-policy'];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'midi'])
        assert.match(header, new RegExp(`(^|, )${feature}=\\(\\)`), feature);
    const allowed = await page.evaluate(() => ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'fullscreen']
        .filter(feature => document.featurePolicy.allowsFeature(feature)));
    assert.deepEqual(allowed, []);

    // The group view, whose scanner reads QR codes with the camera, may use it on its own origin.
    const group = await page.goto(`${session.server.url}?view=group`);
    await waitForScreen(page, 'group');
    assert.match(group.headers()['permissions-policy'], /(^|, )camera=\(self\)/);
    assert.deepEqual(await page.evaluate(() => ['camera', 'microphone', 'geolocation']
        .filter(feature => document.featurePolicy.allowsFeature(feature))), ['camera']);
    assert.equal(await page.evaluate(() => document.featurePolicy.allowsFeature('camera', 'https://example.org')), false);
    await context.close();
});

test('the CSP refuses requests to other origins and inline styles the build did not allow', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    await context.addInitScript(watchPage);
    const seen = [];
    context.on('request', request => seen.push(request.url()));
    await page.goto(session.server.url);
    await waitForScreen(page, 'intro');
    const outcome = await page.evaluate(async () => {
        const fetched = await fetch('http://192.0.2.1/track').then(() => 'sent', () => 'refused');
        const style = document.createElement('style');
        style.textContent = 'body { outline: 7px solid red; }';
        document.head.appendChild(style);
        const outline = getComputedStyle(document.body).outlineWidth;
        style.remove();
        return { fetched, outline };
    });
    assert.equal(outcome.fetched, 'refused');
    assert.notEqual(outcome.outline, '7px', 'an inline style is not applied');
    assert.ok(!seen.some(url => url.includes('192.0.2.1')), 'the refused request never went out');
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.ok(violations.some(text => text.startsWith('connect-src')), violations.join('; '));
    assert.ok(violations.some(text => text.startsWith('style-src')), violations.join('; '));
    // The refusals are reported on the console; nothing else is.
    assert.deepEqual(consoleErrors.filter(text => !/Content Security Policy/.test(text)), []);
    await context.close();
});
