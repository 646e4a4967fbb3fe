// Workshop mode with a camera: participants hold up the QR codes their results screen shows, and
// the trainer's group view reads them with its scanner. Chromium's fake camera plays a video made
// here from screenshots of six participants' QR codes, as the app drew them; the counts and means
// the group view then shows are worked out from leerregie-cli's scores of the same six.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { decodePng, launchBrowser, openPage, screenshot, serve, waitForScreen } from './harness.mjs';
import { clickControl, dutchGroupLine, live, questionnaire, reveal, simulateParticipant, storageKey } from './journey.mjs';

const people = Array.from({ length: 6 }, (_, index) =>
    simulateParticipant(index + 60, index % 2 ? 'full' : 'short', 70000 + index));
let server;
let qrImages;

// The QR code a participant's results screen shows (desktop, one device pixel a CSS pixel), as a
// decoded screenshot.
async function qrCodeShown(browser, person) {
    const { context, page } = await openPage(browser, 'desktop');
    await page.goto(`${server.url}?lang=nl`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value),
                        [storageKey, JSON.stringify({ ...person.answers, position: 1000 })]);
    await page.reload();
    await waitForScreen(page, 'results');
    await clickControl(page, 'share');
    await page.locator('#a11y [data-id="share-qr"]').waitFor({ state: 'attached' });
    const box = await reveal(page, 'share-qr');
    const image = decodePng(await page.screenshot({ clip: box }));
    await context.close();
    return image;
}

// A Y4M video, which Chromium's fake camera plays in a loop: a grey room with, in each shot, one
// QR code held up in the middle (or none), for `frames` frames at 5 frames a second.
function video(shots) {
    const width = 640, height = 480;
    const chunks = [Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`)];
    const chroma = Buffer.alloc(width * height / 2, 128);
    for (const { image, frames } of shots) {
        const luma = Buffer.alloc(width * height, 150);
        if (image) {
            // As large as a phone held up to a laptop's camera: about half the picture's height.
            const scale = Math.max(1, Math.floor(240 / image.width));
            const left = Math.floor((width - image.width * scale) / 2), top = Math.floor((height - image.height * scale) / 2);
            for (let y = 0; y < image.height * scale; y++)
                for (let x = 0; x < image.width * scale; x++) {
                    const at = (Math.floor(y / scale) * image.width + Math.floor(x / scale)) * 4;
                    const { rgba } = image;
                    luma[(top + y) * width + left + x] = Math.round(0.299 * rgba[at] + 0.587 * rgba[at + 1] + 0.114 * rgba[at + 2]);
                }
        }
        for (let frame = 0; frame < frames; frame++) chunks.push(Buffer.from('FRAME\n'), luma, chroma);
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leerregie-camera-')), 'camera.y4m');
    writeFileSync(file, Buffer.concat(chunks));
    return file;
}

// A browser whose camera plays `file`, and may be used without asking.
function browserFilming(file) {
    return launchBrowser(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`,
                          '--use-fake-ui-for-media-stream']);
}

async function startScanning(browser, viewport) {
    const opened = await openPage(browser, 'desktop', { viewport });
    await opened.page.goto(`${server.url}?view=group&lang=nl`);
    await waitForScreen(opened.page, 'group');
    await clickControl(opened.page, 'scan-start');
    await opened.page.waitForFunction(() => /gescand/.test(document.getElementById('live').textContent));
    return opened;
}

const participants = (page, count) => page.waitForFunction(
    wanted => new RegExp(`\\b${wanted} deelnemers \\(`).test(document.getElementById('live').textContent), count,
    { timeout: 30000 });

before(async () => {
    server = await serve();
    const browser = await launchBrowser();
    qrImages = [];
    for (const person of people) qrImages.push(await qrCodeShown(browser, person));
    await browser.close();
});

after(() => server?.stop());

test('the scanner reads four participants\' QR codes, and the group stays hidden below five', async () => {
    const browser = await browserFilming(video(qrImages.slice(0, 4).flatMap(image => [{ image, frames: 8 }, { image: null, frames: 2 }])));
    try {
        const { page, consoleErrors, requests } = await startScanning(browser, { width: 1280, height: 720 });
        await participants(page, 4);
        const text = await live(page);
        assert.match(text, /4 gescand\./);
        assert.match(text, /Het groepsbeeld verschijnt vanaf 5 deelnemers, zodat niemand erin te herkennen is\. Nu zijn het er 4\./);
        assert.equal(await page.locator('#a11y [data-id="group-print"]').count(), 0, 'nothing of the group yet');
        // The picture is on the page, where the app left room for it, and the scanner's files came
        // only now, from this site.
        const picture = await page.locator('video').boundingBox();
        const room = await page.locator('#a11y [data-id="scan-picture"]').boundingBox();
        assert.ok(picture && Math.abs(picture.x - room.x) <= 1 && Math.abs(picture.width - room.width) <= 1,
                  `${JSON.stringify(picture)} over ${JSON.stringify(room)}`);
        assert.ok(requests.some(url => url.endsWith('/scanner/scanner.wasm')));
        assert.deepEqual(requests.filter(url => !url.startsWith(server.url)), []);
        await screenshot(page, 'group-scanner-four-1280x720');

        await clickControl(page, 'scan-stop');
        await page.waitForFunction(() => !document.querySelector('video'));
        assert.deepEqual(consoleErrors, []);
    } finally {
        await browser.close();
    }
});

test('the scanner reads all six, each once, and the group\'s figures are those of leerregie-cli', async () => {
    const browser = await browserFilming(video(qrImages.flatMap(image => [{ image, frames: 6 }, { image: null, frames: 2 }])));
    try {
        const { page, consoleErrors } = await startScanning(browser, { width: 1920, height: 1080 });
        await participants(page, 6);
        // Round and round the video goes: the first code comes again, and is counted once.
        await page.waitForFunction(() => /Deze code is al geteld\./.test(document.getElementById('live').textContent),
                                   null, { timeout: 30000 });
        const text = await live(page);
        assert.match(text, /6 gescand\./);
        const full = people.filter(person => person.variant === 'full').length;
        assert.match(text, new RegExp(`6 deelnemers \\(${6 - full} korte scan, ${full} volledige scan\\)`));
        for (const dimension of questionnaire.dimensions) {
            const line = dutchGroupLine(people, dimension);
            assert.ok(text.includes(line), `expected "${line}" in: ${text}`);
        }
        await screenshot(page, 'group-scanner-six-1920x1080');
        assert.deepEqual(consoleErrors, []);
    } finally {
        await browser.close();
    }
});
