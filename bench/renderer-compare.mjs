// Compares two builds of the web app side by side in one browser: today's page renderer and a build
// that draws with WebGL2 in a worker (or any two dist folders). Visits alternate A, B, A, B, ... so
// both see the same machine load, on the desktop profile and on the slowed-down phone profile of
// bench/web.mjs. Per visit it reads the start-up marks (leerregie:wasm-ready, leerregie:frame-handed
// where the build has it, leerregie:first-frame) and the main thread's long tasks from navigation
// until two seconds after the first frame: their count and the total blocking time (each task's
// time beyond 50 ms). Then, as bench/web.mjs does, the main thread's time per frame while the wheel
// scrolls the results screen (CDP's TaskDuration and ScriptDuration over the frames drawn), in
// alternating visits too. Prints the median per build and profile.
// Usage: node bench/renderer-compare.mjs A_DIST B_DIST [--runs N] [--scroll-runs N] [--names a,b]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { scrollCost } from './scroll-cost.mjs';

const { values: options, positionals: folders } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '10' }, 'scroll-runs': { type: 'string', default: '5' }, names: { type: 'string' } },
});
if (folders.length !== 2) {
    console.error('usage: node bench/renderer-compare.mjs A_DIST B_DIST [--runs N] [--names a,b]');
    process.exit(2);
}
const runs = Math.max(1, Number(options.runs) || 10);
const scrollRuns = Math.max(1, Number(options['scroll-runs']) || 5);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const names = options.names ? options.names.split(',') : folders.map(folder => path.basename(path.resolve(folder)));
const chromiumFlags = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
                       '--disable-background-networking', '--disable-component-update', '--disable-sync',
                       '--no-first-run'];
// The profiles of bench/web.mjs.
const profiles = {
    desktop: { context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
               cpuSlowdown: 1 },
    phone: { context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
             cpuSlowdown: 4 },
};
const reportPrefix = 'bench:start-up ';
const markNames = ['leerregie:wasm-ready', 'leerregie:frame-handed', 'leerregie:first-frame'];

// In the page from its start: records long tasks, and two seconds after the first frame reports the
// marks and long tasks in one console message (polling from outside would add work to start-up).
function watch({ prefix, marks }) {
    const longTasks = [];
    new PerformanceObserver(list => longTasks.push(...list.getEntries().map(entry => entry.duration)))
        .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list, observer) => {
        if (!list.getEntries().some(entry => entry.name === 'leerregie:first-frame')) return;
        observer.disconnect();
        setTimeout(() => {
            const times = Object.fromEntries(marks.map(name => [name, performance.getEntriesByName(name)[0]?.startTime ?? null]));
            const blocking = longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
            console.info(prefix + JSON.stringify({ ...times, longTasks: longTasks.length, blocking,
                                                   screen: document.documentElement.dataset.screen }));
        }, 2000);
    }).observe({ type: 'mark' });
}

async function visit(browser, profile, url) {
    const context = await browser.newContext(profiles[profile].context);
    try {
        await context.addInitScript(watch, { prefix: reportPrefix, marks: markNames });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (profiles[profile].cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profiles[profile].cpuSlowdown });
        const errors = [];
        page.on('pageerror', error => errors.push(String(error)));
        const reported = page.waitForEvent('console', { predicate: message => message.text().startsWith(reportPrefix), timeout: 60000 });
        await page.goto(url);
        const result = JSON.parse((await reported).text().slice(reportPrefix.length));
        if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
        if (result.screen !== 'intro') throw new Error(`${url}: the first screen was "${result.screen}"`);
        return result;
    } finally {
        await context.close();
        await new Promise(resolve => setTimeout(resolve, 1000));  // the closed page's processes wind down
    }
}

// Main-thread time per frame while the wheel scrolls the results screen, opened from saved answers
// (a position beyond the last step resumes there), as bench/web.mjs measures it (bench/scroll-cost.mjs).
async function scrollCostOfResults(browser, profile, url) {
    const answers = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));
    const saved = JSON.stringify({ ...answers, position: 1000 });
    const context = await browser.newContext(profiles[profile].context);
    try {
        await context.addInitScript(value => {
            localStorage.setItem('leerregie.answers.leerregie', value);
            const request = window.requestAnimationFrame.bind(window);
            window.__framesDrawn = 0;
            window.requestAnimationFrame = callback => request(time => {
                ++window.__framesDrawn;
                callback(time);
            });
        }, saved);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (profiles[profile].cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profiles[profile].cpuSlowdown });
        await page.goto(url);
        await page.waitForFunction(() => document.documentElement.dataset.screen === 'results' && window.__framesDrawn > 0,
                                   null, { timeout: 60000 });
        return await scrollCost(page, cdp);
    } finally {
        await context.close();
        await new Promise(resolve => setTimeout(resolve, 1000));
    }
}

function printTable(header, rows) {
    const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map(row => row[column].length)));
    for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
}

const median = list => {
    const values = list.filter(value => value !== null).sort((a, b) => a - b);
    if (!values.length) return null;
    const middle = values.length >> 1;
    return values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
};
const show = value => value === null ? '-' : value.toFixed(0);

const servers = await Promise.all(folders.map(folder => serve(path.resolve(folder))));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumFlags });
try {
    console.log(`Chromium ${browser.version()}, ${runs} visits per build and profile, alternating (after one warm-up each)`);
    for (const profile of Object.keys(profiles)) {
        const results = names.map(() => []);
        for (let run = 0; run <= runs; run++) {
            for (let build = 0; build < 2; build++) {
                const result = await visit(browser, profile, servers[build].url);
                if (run > 0) results[build].push(result);
            }
        }
        console.log(`\n${profile} (CPU ${profiles[profile].cpuSlowdown}x slower), median ms from navigation start`);
        const header = ['build', 'wasm-ready', 'frame-handed', 'first-frame', 'long tasks', 'blocking ms', 'first-frame runs'];
        const rows = results.map((list, build) => [names[build],
            ...markNames.map(name => show(median(list.map(result => result[name])))),
            show(median(list.map(result => result.longTasks))), show(median(list.map(result => result.blocking))),
            list.map(result => show(result['leerregie:first-frame'])).join(' ')]);
        printTable(header, rows);
    }
    for (const profile of Object.keys(profiles)) {
        const results = names.map(() => []);
        for (let run = 0; run < scrollRuns; run++)
            for (let build = 0; build < 2; build++) results[build].push(await scrollCostOfResults(browser, profile, servers[build].url));
        console.log(`\n${profile}: results screen, main-thread ms per frame while the wheel scrolls (median of ${scrollRuns})`);
        printTable(['build', 'task ms/frame', 'script ms/frame'], results.map((list, build) =>
            [names[build], median(list.map(result => result.taskMs)).toFixed(1), median(list.map(result => result.scriptMs)).toFixed(1)]));
    }
} finally {
    await browser.close();
    for (const server of servers) server.stop();
}
