// Measures what the web app costs a visitor, and prints the figures next to the same short
// questionnaire rendered by SurveyJS (survey-core + survey-js-ui) on a plain page, in the same run:
//
//   1. Sizes: every file the first visit fetches, raw, gzip (-9) and brotli (quality 11).
//   2. Start-up: from navigation start to Leerregie's start-up marks (the WebAssembly ready, the
//      first frame handed to the renderer, that frame shown) and to SurveyJS's first question shown,
//      desktop (1280x800) and phone (390x844, DPR 3, touch, CPU slowed down 4x), median of N runs.
//   3. Idle: frames drawn in 5 s on the results screen after it has settled.
//   4. Scrolling: main-thread task and script time per frame drawn while the wheel scrolls the
//      results screen.
//   5. Lighthouse (mobile, its default): performance, accessibility and best-practices scores.
//
// It asserts nothing unless asked: `--check` compares the figures with bench/budgets.json, says
// which budget broke and exits 1. `--sizes-only` measures sizes alone (deterministic, no browser).
// Usage: node bench/web.mjs [--check] [--sizes-only] [--runs N] [--lighthouse-runs N] [--no-lighthouse]
//                           [--json FILE]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { scrollCost } from './scroll-cost.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
const { values: options } = parseArgs({
    options: {
        check: { type: 'boolean', default: false },
        'sizes-only': { type: 'boolean', default: false },
        runs: { type: 'string', default: '5' },
        'no-lighthouse': { type: 'boolean', default: false },
        'lighthouse-runs': { type: 'string', default: '3' },
        json: { type: 'string' },
    },
});
const runs = Math.max(1, Number(options.runs) || 5);
const lighthouseRuns = Math.max(1, Number(options['lighthouse-runs']) || 3);
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const chromiumFlags = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
                       '--disable-background-networking', '--disable-component-update', '--disable-sync',
                       '--no-first-run'];
const profiles = {
    desktop: { context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
               cpuSlowdown: 1, label: 'desktop 1280x800' },
    phone: { context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
             cpuSlowdown: 4, label: 'phone 390x844 DPR 3, CPU 4x slower' },
};
const figures = {};
const results = [];  // budget verdicts: { name, ok, detail }

// [SECTION] Formatting

const kb = bytes => (bytes / 1000).toFixed(1);
const ms = value => value.toFixed(0);
const median = list => {
    const sorted = [...list].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
function table(header, rows) {
    const widths = header.map((cell, column) => Math.max(String(cell).length, ...rows.map(row => String(row[column]).length)));
    const line = row => row.map((cell, column) => column === 0 ? String(cell).padEnd(widths[column])
                                                               : String(cell).padStart(widths[column])).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));
}
function budget(name, ok, detail) {
    results.push({ name, ok, detail });
}

// [SECTION] Sizes

// Sizes of the given files of a folder: raw, gzip at level 9, brotli at quality 11.
function sizes(folder, files) {
    return files.map(file => {
        const data = readFileSync(path.join(folder, file));
        return {
            file,
            raw: data.length,
            gzip: zlib.gzipSync(data, { level: 9 }).length,
            brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                                                              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
        };
    });
}
const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);
function printSizes(title, rows) {
    console.log(`\n${title}`);
    table(['file', 'raw KB', 'gzip KB', 'brotli KB'],
          [...rows.map(row => [row.file, kb(row.raw), kb(row.gzip), kb(row.brotli)]),
           ['total', kb(total(rows, 'raw')), kb(total(rows, 'gzip')), kb(total(rows, 'brotli'))]]);
}

// The files a build puts in dist/, leaving out the pre-compressed twins of the same files.
function distFiles() {
    return readdirSync(dist).filter(file => statSync(path.join(dist, file)).isFile() && !/\.(gz|br|map)$/.test(file)).sort();
}

// Same-origin request URLs -> file names in the served folder (index.html for "/").
function requestedFiles(urls, base) {
    const files = new Set();
    for (const url of urls) {
        if (!url.startsWith(base)) continue;
        let file = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
        if (file === '' || file.endsWith('/')) file += 'index.html';
        files.add(file);
    }
    return [...files].sort();
}

// [SECTION] The SurveyJS page

// Writes a plain page that renders the same short questionnaire with SurveyJS, in Dutch, one
// question per page (a section's title and introduction head its first question), from copies of
// the libraries' minified files. Nothing of it is kept in the repository.
function writeSurveyPage(folder) {
    const modules = path.join(root, 'node_modules');
    const version = JSON.parse(readFileSync(path.join(modules, 'survey-core/package.json'), 'utf8')).version;
    const uiVersion = JSON.parse(readFileSync(path.join(modules, 'survey-js-ui/package.json'), 'utf8')).version;
    if (version !== uiVersion) throw new Error(`survey-core ${version} and survey-js-ui ${uiVersion} differ`);
    const copies = {
        'survey.core.min.js': 'survey-core/survey.core.min.js',
        'dutch.min.js': 'survey-core/i18n/dutch.min.js',
        'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
        // Without the web font: the fontless sheet uses the system's fonts, like Leerregie's shell.
        'survey-core.fontless.min.css': 'survey-core/survey-core.fontless.min.css',
    };
    for (const [name, source] of Object.entries(copies)) copyFileSync(path.join(modules, source), path.join(folder, name));

    const questionnaire = JSON.parse(readFileSync(path.join(root, 'assets/questionnaire.json'), 'utf8'));
    const strings = JSON.parse(readFileSync(path.join(root, 'assets/strings.json'), 'utf8')).nl;
    const scales = new Map(questionnaire.scales.map(scale => [scale.id, scale]));
    const sections = new Map(questionnaire.sections.map(section => [section.id, section]));
    const seen = new Set();
    const pages = questionnaire.items.filter(item => item.short).map(item => {
        const scale = scales.get(item.scale);
        const question = {
            type: 'radiogroup', name: item.id, title: item.text.nl,
            choices: scale.options.map((option, index) => ({ value: index + 1, text: option.label.nl })),
        };
        if (scale.dont_know) Object.assign(question, { showNoneItem: true, noneText: strings['ui.question.dont_know'] });
        const page = { name: item.id, elements: [question] };
        const section = sections.get(item.section);
        if (section && !seen.has(section.id)) {
            seen.add(section.id);
            Object.assign(page, { title: section.title.nl, description: section.intro.nl });
        }
        return page;
    });
    const model = { title: questionnaire.title.nl, locale: 'nl', showProgressBar: 'top', pages };
    writeFileSync(path.join(folder, 'model.js'), `window.leerregieSurvey = ${JSON.stringify(model)};\n`);
    writeFileSync(path.join(folder, 'start.js'),
                  'new Survey.Model(window.leerregieSurvey).render(document.getElementById("survey"));\n');
    writeFileSync(path.join(folder, 'index.html'), `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leerregie in SurveyJS</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="survey-core.fontless.min.css">
</head>
<body>
<div id="survey"></div>
<script src="survey.core.min.js"></script>
<script src="dutch.min.js"></script>
<script src="survey-js-ui.min.js"></script>
<script src="model.js"></script>
<script src="start.js"></script>
</body>
</html>
`);
    // Pre-compressed like dist/, so both pages are served the same way.
    for (const file of readdirSync(folder)) {
        const data = readFileSync(path.join(folder, file));
        writeFileSync(path.join(folder, file + '.gz'), zlib.gzipSync(data, { level: 9 }));
        writeFileSync(path.join(folder, file + '.br'),
                      zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return version;
}

// [SECTION] Serving and browsing

// Leerregie's start-up, from loader.js's marks: `ready` ('leerregie:wasm-ready') when the WebAssembly
// was instantiated and none of the app's code had run yet, `handed` ('leerregie:frame-handed') when
// the first frame reached the renderer, `drawn` ('leerregie:first-frame') in the animation frame
// after the renderer drew it, and `shown` when the task after that runs. Also counts
// requestAnimationFrame callbacks, as the browser tests do.
function watchLeerregie(reportPrefix) {
    const request = window.requestAnimationFrame.bind(window);
    window.__framesDrawn = 0;
    window.requestAnimationFrame = callback => request(time => {
        ++window.__framesDrawn;
        callback(time);
    });
    new PerformanceObserver((list, observer) => {
        const mark = list.getEntries().find(entry => entry.name === 'leerregie:first-frame');
        if (!mark) return;
        observer.disconnect();
        const screen = document.documentElement.dataset.screen;
        const ready = performance.getEntriesByName('leerregie:wasm-ready')[0].startTime;
        const handed = performance.getEntriesByName('leerregie:frame-handed')[0].startTime;
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
            console.info(reportPrefix + JSON.stringify({ drawn: mark.startTime, shown: performance.now(), ready, handed, screen }));
        channel.port2.postMessage(0);
    }).observe({ type: 'mark' });
}

// SurveyJS's first rendered question: the first question's title and its options are in the
// DOM (`drawn`), and the frame after that has been painted (`shown`, measured as for Leerregie).
function watchSurvey(reportPrefix) {
    const ready = () => document.querySelector('.sd-question__title') && document.querySelector('.sd-question .sd-item');
    const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        const drawn = performance.now();
        requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
                console.info(reportPrefix + JSON.stringify({ drawn, shown: performance.now(), screen: 'question' }));
            channel.port2.postMessage(0);
        });
    });
    observer.observe(document, { childList: true, subtree: true });
}

// The watchers report the first frame in a console message that starts with this, rather than in a
// variable to poll: polling would run Playwright's own script in the page (tens of milliseconds the
// first time) in the middle of a start-up still under way.
const firstFramePrefix = 'bench:first-frame ';

async function openPage(browser, profile, watcher) {
    const context = await browser.newContext(profiles[profile].context);
    await context.addInitScript(watcher, firstFramePrefix);
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', error => errors.push(String(error)));
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    context.on('request', request => requests.push(request.url()));
    const cdp = await context.newCDPSession(page);
    if (profiles[profile].cpuSlowdown > 1)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: profiles[profile].cpuSlowdown });
    return { context, page, cdp, errors, requests };
}

// After each first visit the closed page's processes wind down before the next visit starts, so
// visits (of either page) do not pay for the one before them on this small machine.
const settleMs = 1000;

// One first visit (fresh context, empty cache); resolves to { drawn, shown, requests }. `started`,
// when given, runs in the page after the first frame and resolves when its start-up is done.
async function firstFrame(browser, profile, url, watcher, started = null) {
    const session = await openPage(browser, profile, watcher);
    try {
        const reported = session.page.waitForEvent('console', { predicate: message => message.text().startsWith(firstFramePrefix),
                                                               timeout: 60000 });
        reported.catch(() => {});  // a failed visit throws from goto or the await below
        await session.page.goto(url);
        const frame = JSON.parse((await reported).text().slice(firstFramePrefix.length));
        // What the rest of start-up fetches counts too: the service worker's file comes when the
        // page is idle, which on the slowed-down phone can be well after the network went quiet.
        if (started) await session.page.evaluate(started);
        await session.page.waitForLoadState('networkidle');
        if (session.errors.length) throw new Error(`${url}: ${session.errors.join('; ')}`);
        return { ...frame, requests: session.requests };
    } finally {
        await session.context.close();
        await new Promise(resolve => setTimeout(resolve, settleMs));
    }
}

// Opens the results screen from saved answers (a position beyond the last step resumes there).
async function openResults(browser, profile, url) {
    const answers = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));
    const saved = JSON.stringify({ ...answers, position: 1000 });
    const session = await openPage(browser, profile, watchLeerregie);
    await session.context.addInitScript(value => localStorage.setItem('leerregie.answers.leerregie', value), saved);
    await session.page.goto(url);
    await session.page.waitForFunction(() => document.documentElement.dataset.screen === 'results' && window.__framesDrawn > 0,
                                       null, { timeout: 60000 });
    return session;
}

async function idleFrames(browser, profile, url) {
    const session = await openResults(browser, profile, url);
    try {
        await session.page.waitForTimeout(1000);  // the few frames asked for after start-up
        const before = await session.page.evaluate(() => window.__framesDrawn);
        await session.page.waitForTimeout(5000);
        return (await session.page.evaluate(() => window.__framesDrawn)) - before;
    } finally {
        await session.context.close();
    }
}

// Main-thread time per frame while scrolling the results screen (bench/scroll-cost.mjs).
async function scrollCostOfResults(browser, profile, url) {
    const session = await openResults(browser, profile, url);
    try {
        return await scrollCost(session.page, session.cdp);
    } finally {
        await session.context.close();
    }
}

// [SECTION] Lighthouse

function lighthouse(url, folder) {
    const output = path.join(folder, 'lighthouse.json');
    const flags = ['--headless=new', ...chromiumFlags].join(' ');
    execFileSync(process.execPath, [path.join(root, 'node_modules/lighthouse/cli/index.js'), url, '--quiet',
                                    '--output=json', `--output-path=${output}`,
                                    '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`],
                 { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'inherit'] });
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const scores = Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, category.score === null ? null : Math.round(category.score * 100)]));
    const metric = id => report.audits[id]?.numericValue;
    const failing = [];
    for (const id of ['accessibility', 'best-practices'])
        for (const ref of report.categories[id].auditRefs)
            if (ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
                failing.push(`${id}: ${ref.id}`);
    return { scores, fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'),
             tbt: metric('total-blocking-time'), si: metric('speed-index'), cls: metric('cumulative-layout-shift'),
             failing, runtimeError: report.runtimeError?.message };
}

// [SECTION] Main

async function main() {
    if (!existsSync(path.join(dist, 'index.html'))) {
        console.log('No dist/: building the web app (cmake --preset web)');
        const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
        execFileSync('cmake', ['--preset', 'web'], { cwd: root, env, stdio: 'inherit' });
        execFileSync('cmake', ['--build', '--preset', 'web', '-j', '2'], { cwd: root, env, stdio: 'inherit' });
    }

    if (options['sizes-only']) {
        const rows = sizes(dist, distFiles());
        printSizes('Leerregie: every file in dist/ (at most what a first visit fetches)', rows);
        figures.leerregie = { files: rows, gzip: total(rows, 'gzip'), brotli: total(rows, 'brotli'), raw: total(rows, 'raw') };
        budget('first-visit download, gzip', figures.leerregie.gzip <= budgets.download_gzip_bytes,
               `${kb(figures.leerregie.gzip)} KB, budget ${kb(budgets.download_gzip_bytes)} KB`);
        // The group view's scanner, in a folder of its own that only the group view fetches when
        // the trainer starts scanning: no part of a participant's download.
        const scanner = path.join(dist, 'scanner');
        if (existsSync(scanner))
            printSizes('The group view\'s scanner (dist/scanner/, fetched only when a trainer scans)',
                       sizes(scanner, readdirSync(scanner).filter(file => !/\.(gz|br|map)$/.test(file)).sort()));
        return;
    }

    const { chromium } = await import('playwright-core');
    const work = mkdtempSync(path.join(tmpdir(), 'leerregie-bench-'));
    const surveyFolder = path.join(work, 'surveyjs');
    execFileSync('mkdir', ['-p', surveyFolder]);
    const surveyVersion = writeSurveyPage(surveyFolder);
    const app = await serve(dist);
    const survey = await serve(surveyFolder);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    try {
        console.log(`Chromium ${browser.version()}, ${runs} runs a profile (after one warm-up each), SurveyJS ${surveyVersion}`);

        // First frames, Leerregie and SurveyJS taking turns, so both see the same machine load.
        figures.firstFrame = {};
        let appRequests = [], surveyRequests = [];
        for (const profile of Object.keys(profiles)) {
            const times = { leerregie: [], surveyjs: [], leerregieReady: [], leerregieHanded: [] };
            for (let run = 0; run <= runs; run++) {
                const mine = await firstFrame(browser, profile, app.url, watchLeerregie,
                                              () => navigator.serviceWorker.ready.then(() => true));
                if (mine.screen !== 'intro') throw new Error(`Leerregie's first frame showed "${mine.screen}", not the intro`);
                const theirs = await firstFrame(browser, profile, survey.url, watchSurvey);
                if (run === 0) {
                    appRequests = mine.requests;
                    surveyRequests = theirs.requests;
                    continue;
                }
                times.leerregie.push(mine.shown);
                times.leerregieReady.push(mine.ready);
                times.leerregieHanded.push(mine.handed);
                times.surveyjs.push(theirs.shown);
            }
            figures.firstFrame[profile] = { leerregie: median(times.leerregie), surveyjs: median(times.surveyjs),
                                            leerregieReady: median(times.leerregieReady),
                                            leerregieHanded: median(times.leerregieHanded), runs: times };
        }

        const mine = sizes(dist, requestedFiles(appRequests, app.url));
        const theirs = sizes(surveyFolder, requestedFiles(surveyRequests, survey.url));
        printSizes('Leerregie: what the first visit fetches', mine);
        const unfetched = distFiles().filter(file => !mine.some(row => row.file === file));
        if (unfetched.length) console.log(`(in dist/ but not fetched: ${unfetched.join(', ')})`);
        printSizes(`SurveyJS ${surveyVersion}: what the first visit fetches`, theirs);
        figures.leerregie = { files: mine, raw: total(mine, 'raw'), gzip: total(mine, 'gzip'), brotli: total(mine, 'brotli') };
        figures.surveyjs = { files: theirs, raw: total(theirs, 'raw'), gzip: total(theirs, 'gzip'), brotli: total(theirs, 'brotli') };

        console.log('\nStart-up, ms from navigation start (median; loopback, no network throttling)');
        console.log('  wasm ready: Leerregie\'s WebAssembly instantiated, before any of its own code ran.');
        console.log('  frame handed: its first frame handed to the renderer (WebGL2, or drawn in software without it).');
        console.log('  first frame: that frame shown (the intro). SurveyJS: the page has rendered the first question.');
        table(['profile', 'wasm ready', 'frame handed', 'first frame', 'SurveyJS', 'handed / ready', 'first frame / SurveyJS',
               'first frame runs'],
              Object.entries(figures.firstFrame).map(([profile, f]) =>
                  [profiles[profile].label, ms(f.leerregieReady), ms(f.leerregieHanded), ms(f.leerregie), ms(f.surveyjs),
                   (f.leerregieHanded / f.leerregieReady).toFixed(2), (f.leerregie / f.surveyjs).toFixed(2),
                   f.runs.leerregie.map(ms).join(' ')]));

        figures.idle = {};
        figures.scroll = {};
        for (const profile of Object.keys(profiles)) {
            figures.idle[profile] = await idleFrames(browser, profile, app.url);
            figures.scroll[profile] = await scrollCostOfResults(browser, profile, app.url);
        }
        console.log('\nResults screen: frames drawn in 5 s of idle; main-thread time per frame while the wheel scrolls');
        table(['profile', 'idle frames', 'scroll frames', 'task ms/frame', 'script ms/frame'],
              Object.keys(profiles).map(profile => [profiles[profile].label, figures.idle[profile], figures.scroll[profile].frames,
                                                     figures.scroll[profile].taskMs.toFixed(2), figures.scroll[profile].scriptMs.toFixed(2)]));
    } finally {
        await browser.close();
        survey.stop();
    }

    console.log('\nRatios Leerregie / SurveyJS (same run)');
    const downloadRatio = figures.leerregie.gzip / figures.surveyjs.gzip;
    table(['figure', 'Leerregie', 'SurveyJS', 'ratio'], [
        ['download, gzip KB', kb(figures.leerregie.gzip), kb(figures.surveyjs.gzip), downloadRatio.toFixed(2)],
        ['download, brotli KB', kb(figures.leerregie.brotli), kb(figures.surveyjs.brotli), (figures.leerregie.brotli / figures.surveyjs.brotli).toFixed(2)],
        ...Object.entries(figures.firstFrame).map(([profile, f]) =>
            [`first frame ms, ${profile}`, ms(f.leerregie), ms(f.surveyjs), (f.leerregie / f.surveyjs).toFixed(2)]),
    ]);

    budget('first-visit download, gzip', figures.leerregie.gzip <= budgets.download_gzip_bytes,
           `${kb(figures.leerregie.gzip)} KB, budget ${kb(budgets.download_gzip_bytes)} KB`);
    budget('download ratio to SurveyJS', downloadRatio <= budgets.download_ratio_to_surveyjs,
           `${downloadRatio.toFixed(2)}, budget ${budgets.download_ratio_to_surveyjs}`);
    // The app's own start-up work, from the WebAssembly ready to its first frame handed to the
    // renderer, in one run; the GPU's part (on these machines SwiftShader's) and the first frame
    // shown are reported above, not budgeted.
    for (const [profile, f] of Object.entries(figures.firstFrame))
        budget(`first frame handed / wasm ready, ${profile}`, f.leerregieHanded / f.leerregieReady <= budgets.first_frame_handed_to_wasm_ready,
               `${(f.leerregieHanded / f.leerregieReady).toFixed(2)}, budget ${budgets.first_frame_handed_to_wasm_ready}`);
    for (const [profile, frames] of Object.entries(figures.idle))
        budget(`idle frames, ${profile}`, frames <= budgets.idle_frames, `${frames} in 5 s, budget ${budgets.idle_frames}`);

    if (!options['no-lighthouse']) {
        try {
            // Lighthouse varies from run to run: the run with the median performance score counts.
            const reports = [];
            for (let run = 0; run < lighthouseRuns; run++) reports.push(lighthouse(app.url, work));
            reports.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
            figures.lighthouse = reports[(reports.length - 1) >> 1];
            figures.lighthouse.performanceRuns = reports.map(report => report.scores.performance ?? null);
        } finally {
            app.stop();
        }
        const l = figures.lighthouse;
        console.log(`\nLighthouse (mobile: simulated slow 4G and 4x CPU slowdown), the median of ${lighthouseRuns} runs ` +
                    `(performance ${l.performanceRuns.map(score => score ?? '-').join(', ')})`);
        table(['performance', 'accessibility', 'best-practices', 'FCP ms', 'LCP ms', 'TBT ms', 'SI ms', 'CLS'],
              [[l.scores.performance ?? '-', l.scores.accessibility ?? '-', l.scores['best-practices'] ?? '-',
                ms(l.fcp ?? NaN), ms(l.lcp ?? NaN), ms(l.tbt ?? NaN), ms(l.si ?? NaN), (l.cls ?? NaN).toFixed(3)]]);
        if (l.runtimeError) console.log(`Lighthouse: ${l.runtimeError}`);
        if (l.failing.length) console.log(`audits not passed: ${l.failing.join(', ')}`);
        for (const [category, minimum] of Object.entries(budgets.lighthouse_minimum))
            budget(`Lighthouse ${category}`, (l.scores[category] ?? -1) >= minimum, `${l.scores[category] ?? 'no score'}, budget ${minimum}`);
    } else {
        app.stop();
    }
    rmSync(work, { recursive: true, force: true });
}

try {
    await main();
} catch (error) {
    console.error(`bench: ${error.stack || error}`);
    process.exit(2);
}
if (options.json) writeFileSync(options.json, JSON.stringify({ figures, budgets: results }, null, 2));
if (options.check) {
    console.log('\nBudgets (bench/budgets.json)');
    for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
    console.log(`# pass ${results.filter(result => result.ok).length}`);
    console.log(`# fail ${results.filter(result => !result.ok).length}`);
    if (results.some(result => !result.ok)) process.exit(1);
}
