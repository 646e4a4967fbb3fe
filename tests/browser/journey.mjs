// Helpers for walking through the scan in the browser, shared by the journey tests: read the
// screen from #live and data-screen, answer by keyboard, by touch or through the accessible
// mirror, and score the saved answers with leerregie-cli for comparison.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawnAfter } from './harness.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const questionnaire = JSON.parse(readFileSync(path.join(root, 'assets/questionnaire.json'), 'utf8'));
export const storageKey = `leerregie.answers.${questionnaire.id}`;
export const cli = process.env.LEERREGIE_CLI || path.join(root, 'build/native/src/cli/leerregie-cli');

export const screen = page => page.evaluate(() => document.documentElement.dataset.screen);
export const live = page => page.locator('#live').textContent();

// The question's number ("Vraag 3 van 15" / "Question 3 of 15") and option count, or null on a
// section introduction.
export function parseQuestion(text) {
    const match = text.match(/^(?:Vraag|Question) (\d+) (?:van|of) (\d+)\./);
    if (!match) return null;
    const options = [...text.matchAll(/ ([1-9]): /g)].length;
    return { number: Number(match[1]), count: Number(match[2]), options };
}

// Waits until #live no longer says `previous`.
export async function liveChanged(page, previous) {
    await page.waitForFunction(text => document.getElementById('live').textContent !== text, previous, { timeout: 10000 });
    return live(page);
}

// The answer a test gives to question n with k options: spread over the scale, reproducible.
export const answerFor = (number, options) => 1 + ((number * 7) % options);

// Goes through the steps until the results (or until question `stopAt`), giving each question
// `act(number, options)`; `pressContinue` moves past a section introduction.
export async function answerAll(page, act, pressContinue, stopAt = Infinity) {
    for (let guard = 0; guard < 200; guard++) {
        if ((await screen(page)) !== 'question') return;
        const text = await live(page);
        const question = parseQuestion(text);
        if (question?.number >= stopAt) return;
        if (question) await act(question.number, question.options);
        else await pressContinue();
        await liveChanged(page, text);
        // A choice shows briefly, then the next question comes: wait for that too.
        const after = await live(page);
        if (question && parseQuestion(after)?.number === question.number) await liveChanged(page, after);
    }
    throw new Error('the scan did not end');
}

// Scrolls the screen (with the mouse wheel) until the control is in view; returns its box. It
// starts once the page has drawn two more frames: a click that came while a screen just shown was
// still on its first frame went unheard at times on a loaded machine (no popup for "print").
export async function reveal(page, id) {
    await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { height } = page.viewportSize();
    for (let attempt = 0; attempt < 80; attempt++) {
        const box = await page.locator(`#a11y [data-id="${id}"]`).boundingBox();
        if (!box) throw new Error(`no control ${id} on screen`);
        const below = box.y + box.height - (height - 8);
        const above = 8 - box.y;
        if (below <= 0 && above <= 0) return box;
        await page.mouse.move(10, height / 2);
        await drawnAfter(page, () => page.mouse.wheel(0, below > 0 ? Math.min(below + 40, height / 2)
                                                                   : -Math.min(above + 40, height / 2)));
    }
    throw new Error(`could not scroll ${id} into view`);
}

// Opens `address` with the short scan of tests/data/answers-short.json done, as if saved on an
// earlier visit: the page resumes on the results.
export async function openOnResults(page, address) {
    const answers = JSON.parse(readFileSync(path.join(root, 'tests/data/answers-short.json'), 'utf8'));
    answers.position = 1000;
    await page.goto(address);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, JSON.stringify(answers)]);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.screen === 'results'
                                     && document.documentElement.classList.contains('started'));
}

// Starts the scan from the intro with Enter and answers every question by its number key.
export async function finishByKeyboard(page) {
    await page.keyboard.press('Enter');
    // The scan shows on the next drawn frame; until then the page still says "intro".
    await page.waitForFunction(() => document.documentElement.dataset.screen === 'question', null, { timeout: 10000 });
    await answerAll(page, (number, options) => page.keyboard.press(String(answerFor(number, options))),
                    () => page.keyboard.press('Enter'));
}

// Activates a control of the accessible mirror by its id, as the tests that tap do: the centre of
// its box is where the canvas draws the widget.
export async function tapControl(page, id) {
    await reveal(page, id);
    const box = await page.locator(`#a11y [data-id="${id}"]`).boundingBox();
    if (!box) throw new Error(`no control ${id} on screen`);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

// Clicks where the canvas draws a control (the mirror gives its box), as a mouse user would.
export async function clickControl(page, id) {
    await reveal(page, id);
    const box = await page.locator(`#a11y [data-id="${id}"]`).boundingBox();
    if (!box) throw new Error(`no control ${id} on screen`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

// Scores as #live says them on the results screen: dimension name -> number (or null).
export function scoresFromLive(text, language) {
    const scores = {};
    for (const dimension of questionnaire.dimensions) {
        const name = dimension.name[language];
        const match = text.match(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ([0-9]+|geen score|no score)\\.`));
        scores[dimension.id] = match ? (match[1].match(/^[0-9]/) ? Number(match[1]) : null) : undefined;
    }
    return scores;
}

// What leerregie-cli says of the answers saved in the page's local storage.
export async function cliScores(page) {
    const saved = await page.evaluate(key => localStorage.getItem(key), storageKey);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leerregie-')), 'answers.json');
    writeFileSync(file, saved);
    const output = JSON.parse(execFileSync(cli, ['score', path.join(root, 'assets/questionnaire.json'), file]));
    // As the results show them: whole numbers, only where two answers or more are behind a score,
    // and no line at all for a part none of whose questions was asked.
    return Object.fromEntries(output.dimensions.map(dimension => [
        dimension.id, dimension.items === 0 ? undefined : dimension.shown ? Math.round(dimension.score) : null]));
}

// [Workshops] Participants made up for the group view's tests, scored by leerregie-cli.
export const questionnaireFile = path.join(root, 'assets/questionnaire.json');
export const profiles = JSON.parse(readFileSync(path.join(root, 'assets/profiles.json'), 'utf8')).profiles;

// A reproducible participant: answers spread over each scale, with some "weet niet" and some
// questions left open, in the short or the full variant. With `scan`, the answers file carries that
// scan number, which the participant's code then holds.
export function participantAnswers(seed, variant, scan) {
    const answers = {};
    const scales = Object.fromEntries(questionnaire.scales.map(scale => [scale.id, scale]));
    questionnaire.items.forEach((item, index) => {
        if (!item.dimension || (variant === 'short' && !item.short)) return;
        const scale = scales[item.scale];
        const pick = (seed * 31 + index * 17 + seed * index) % (scale.options.length + 2);
        if (pick === scale.options.length + 1 && scale.dont_know) answers[item.id] = null;
        else if (pick < scale.options.length) answers[item.id] = pick + 1;
    });
    return { format: 'leerregie-answers', version: 1, questionnaire: questionnaire.id, variant, answers,
             ...(scan === undefined ? {} : { scan }) };
}

// The participant's answers, and the code and scores leerregie-cli gives for them.
export function simulateParticipant(seed, variant, scan) {
    const answers = participantAnswers(seed, variant, scan);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leerregie-group-')), 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    const code = execFileSync(cli, ['code', questionnaireFile, file], { encoding: 'utf8' }).trim();
    const scored = JSON.parse(execFileSync(cli, ['score', questionnaireFile, file], { encoding: 'utf8' }));
    return { answers, code, variant, profile: scored.profile.id,
             scores: Object.fromEntries(scored.dimensions.map(d => [d.id, d.shown ? d.score : null])) };
}

// Mean and sample standard deviation of the rounded scores, as the group view documents them.
export function expectedDimension(people, id) {
    const values = people.map(person => person.scores[id]).filter(score => score !== null).map(Math.round);
    if (values.length === 0) return null;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const spread = values.length > 1
        ? Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1)) : 0;
    return { mean, spread, lowest: Math.min(...values), highest: Math.max(...values), count: values.length };
}

// A score as the Dutch screens write it: one decimal, with a comma.
export const dutch = value => value.toFixed(1).replace('.', ',');

// What the group view's #live says of a part, in Dutch: its figures, or, where fewer than
// `minimum` have a score for it, that they are too few to show.
export function dutchGroupLine(people, dimension, minimum = 5) {
    const expected = expectedDimension(people, dimension.id);
    const name = dimension.name.nl;
    if (!expected) return `${name}: geen score.`;
    if (expected.count < minimum)
        return `${name}: Hier hebben ${expected.count} deelnemers een score. Dat is te weinig om te laten zien: `
               + `vanaf ${minimum} zie je dit onderdeel, zodat niemand een ander kan herkennen.`;
    return `${name}: gemiddeld ${dutch(expected.mean)} · spreiding ${dutch(expected.spread)} · `
           + `${expected.lowest} tot ${expected.highest} · n = ${expected.count}.`;
}

// The texts of the QR codes in a decoded screenshot, read in `page` by the group view's own
// scanner module (dist/scanner/), as its camera would read them.
export async function qrCodesIn(page, { width, height, rgba }) {
    if (!(await page.evaluate(() => typeof window.LeerregieScanner === 'function')))
        await page.addScriptTag({ url: 'scanner/scanner.js' });
    return page.evaluate(async ({ width, height, pixels }) => {
        const module = await window.LeerregieScanner();
        const frame = module._leerregie_scanner_frame(width, height);
        module.HEAPU8.set(Uint8Array.from(atob(pixels), character => character.charCodeAt(0)), frame);
        let at = module._leerregie_scanner_read(width, height);
        const texts = [];
        for (let end = module.HEAPU8.indexOf(0, at); end !== at; at = end + 1, end = module.HEAPU8.indexOf(0, at))
            texts.push(new TextDecoder().decode(module.HEAPU8.subarray(at, end)));
        return texts;
    }, { width, height, pixels: Buffer.from(rgba).toString('base64') });
}
