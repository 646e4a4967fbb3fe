// A trainer's own questionnaire (`?questionnaire=`): a broken file lists the very problems
// `leerregie-cli validate` prints, in English and in Dutch, with a way back to the built-in scan;
// a valid one runs with its own questions and never touches the built-in scan's saved answers;
// addresses on other sites are refused without a request; a missing file says so.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { decodePng, differentPixels, frameShown, launchBrowser, openPage, screenshot, serve, waitForScreen } from './harness.mjs';
import { finishByKeyboard, live, parseQuestion, questionnaire, root, storageKey } from './journey.mjs';

const cli = process.env.LEERREGIE_CLI || path.join(root, 'build/native/src/cli/leerregie-cli');
const folder = mkdtempSync(path.join(tmpdir(), 'leerregie-own-'));

// Three planted errors in a copy of the built-in questionnaire.
const broken = structuredClone(questionnaire);
broken.id = 'kapot';
broken.items[3].scale = 'agree7';
broken.items[5].id = broken.items[4].id;
delete broken.dimensions[0].name.en;

// A valid own questionnaire: the built-in one with its own id and a changed first statement (after
// the question on the kind of work, which decides what follows).
const own = structuredClone(questionnaire);
own.id = 'workshop-zorg';
const changed = own.items.find(item => item.id === 'proactive_find');
changed.text = { nl: 'Ik zoek zelf uit wat ik op de afdeling nog kan leren.',
                 en: 'I find out for myself what I could still learn on the ward.' };

// What leerregie-cli validate says of a file: its lines and exit code.
function validate(file) {
    try {
        return { lines: execFileSync(cli, ['validate', file], { encoding: 'utf8' }).trim().split('\n'), exit: 0 };
    } catch (error) {
        return { lines: error.stdout.trim().split('\n'), exit: error.status };
    }
}

const session = {};
before(async () => {
    cpSync(path.join(root, 'dist'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'broken.json'), JSON.stringify(broken, null, 2));
    writeFileSync(path.join(folder, 'workshop.json'), JSON.stringify(own, null, 2));
    session.server = await serve(folder);
    session.browser = await launchBrowser();
});
after(async () => {
    await session.browser?.close();
    session.server?.stop();
});

test('a broken questionnaire lists the problems leerregie-cli validate prints, in English', async () => {
    const cliSays = validate(path.join(folder, 'broken.json'));
    assert.equal(cliSays.exit, 1);
    assert.deepEqual([...cliSays.lines].sort(), ['dimensions[0].name: missing the "en" text', 'items[3].scale: unknown scale "agree7"',
                                                 `items[5].id: duplicate id "${broken.items[4].id}"`].sort());
    for (const viewportName of ['desktop', 'phone']) {
        const { context, page, consoleErrors } = await openPage(session.browser, viewportName);
        await page.goto(`${session.server.url}?questionnaire=broken.json&lang=en`);
        await waitForScreen(page, 'error');
        const text = await live(page);
        assert.match(text, /The questionnaire "broken.json" cannot be used/);
        for (const line of cliSays.lines) assert.ok(text.includes(line), `#live lists: ${line}`);
        await screenshot(page, `own-questionnaire-errors-${viewportName}`);
        assert.deepEqual(consoleErrors, []);
        await context.close();
    }
});

test('in Dutch the same problems are listed in Dutch, and the button leads to the built-in scan', async () => {
    const { context, page } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?questionnaire=broken.json&lang=nl`);
    await waitForScreen(page, 'error');
    const text = await live(page);
    assert.match(text, /De vragenlijst "broken.json" kan niet gebruikt worden/);
    assert.match(text, /dimensions\[0\]\.name: de tekst in taal "en" ontbreekt/);
    assert.match(text, /items\[3\]\.scale: onbekende schaal "agree7"/);
    assert.match(text, /items\[5\]\.id: id "[a-z_]+" komt twee keer voor/);
    await screenshot(page, 'own-questionnaire-errors-phone-nl');
    const box = await page.locator('#a11y [data-id="to-builtin"]').boundingBox();
    assert.equal(await page.locator('#a11y [data-id="to-builtin"]').textContent(), 'Naar de ingebouwde scan');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForScreen(page, 'intro');
    assert.match(await live(page), /Je antwoorden blijven op dit apparaat/);
    assert.equal(new URL(page.url()).searchParams.get('questionnaire'), null, 'the URL lost the parameter');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'nl');
    await page.reload();
    await waitForScreen(page, 'intro');
    await context.close();
});

test('a valid own questionnaire runs with its own question and keeps the built-in answers apart', async () => {
    const { context, page, consoleErrors } = await openPage(session.browser, 'desktop');
    // Answers of the built-in scan, saved before.
    const builtinSaved = JSON.stringify({ format: 'leerregie-answers', version: 1, questionnaire: questionnaire.id,
                                          variant: 'short', answers: { [questionnaire.items[0].id]: 2 }, position: 2 });
    await context.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, value);
            sessionStorage.setItem('seeded', '1');
        }
    }, [storageKey, builtinSaved]);
    assert.deepEqual(validate(path.join(folder, 'workshop.json')), { lines: ['ok'], exit: 0 });
    await page.goto(`${session.server.url}?questionnaire=workshop.json&lang=en&variant=short`);
    await waitForScreen(page, 'intro');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Question 1 of/.test(document.getElementById('live').textContent)
                                     || document.documentElement.dataset.screen === 'question');
    // Past the section introductions and the question on the kind of work to the changed statement.
    for (let guard = 0; guard < 6 && !/on the ward/.test(await live(page)); guard++) {
        const before = await live(page);
        await page.keyboard.press(parseQuestion(before) ? '1' : 'Enter');
        await page.waitForFunction(text => document.getElementById('live').textContent !== text
                                           && !/Chosen:/.test(document.getElementById('live').textContent), before);
    }
    assert.match(await live(page), /^Question 2 of .*I find out for myself what I could still learn on the ward\./);
    await screenshot(page, 'own-questionnaire-question');
    await page.keyboard.press('4');
    await page.waitForFunction(() => /^Question 3 /.test(document.getElementById('live').textContent));
    const storage = await page.evaluate(([ownKey, builtinKey]) => ({ own: localStorage.getItem(ownKey), builtin: localStorage.getItem(builtinKey) }),
                                        ['leerregie.answers.workshop-zorg', storageKey]);
    assert.equal(JSON.parse(storage.own).answers.proactive_find, 4);
    assert.equal(storage.builtin, builtinSaved, 'the built-in scan\'s answers are untouched');
    assert.deepEqual(consoleErrors, []);
    await context.close();
});

test('a valid own questionnaire can be done to the results', async () => {
    const { context, page } = await openPage(session.browser, 'desktop');
    await page.goto(`${session.server.url}?questionnaire=workshop.json&lang=en`);
    await waitForScreen(page, 'intro');
    await finishByKeyboard(page);
    await waitForScreen(page, 'results');
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('leerregie.answers.workshop-zorg')));
    assert.equal(saved.questionnaire, 'workshop-zorg');
    await context.close();
});

for (const [address, shown] of [['https://example.org/q.json', 'https://example.org/q.json'],
                                ['//evil/q.json', '//evil/q.json'],
                                ['data:application/json,{}', 'data:application/json,{}']]) {
    test(`${address} is refused with a message, and nothing is requested from it`, async () => {
        const { context, page, requests, consoleErrors } = await openPage(session.browser, 'desktop');
        await page.goto(`${session.server.url}?lang=en&questionnaire=${encodeURIComponent(address)}`);
        await waitForScreen(page, 'error');
        const text = await live(page);
        assert.ok(text.includes(`The questionnaire "${shown}" is not loaded: it is on another website`), text);
        assert.deepEqual(requests.filter(url => !url.startsWith(session.server.url)), []);
        assert.ok(!requests.some(url => /evil|example\.org/.test(url.replace(/\?.*/, ''))), 'no request for it');
        if (address.startsWith('https')) await screenshot(page, 'own-questionnaire-refused');
        assert.deepEqual(consoleErrors, []);
        await context.close();
    });
}

test('a questionnaire file that is not there says so, with its address', async () => {
    const { context, page, requests } = await openPage(session.browser, 'phone');
    await page.goto(`${session.server.url}?lang=en&questionnaire=files/missing.json`);
    await waitForScreen(page, 'error');
    assert.match(await live(page), /The questionnaire "files\/missing.json" was not found \(error 404\)/);
    assert.ok(requests.includes(`${session.server.url}files/missing.json`));
    await screenshot(page, 'own-questionnaire-missing');
    await context.close();
});

// The font atlas starts with ASCII and the characters of the built-in texts; other text (here an
// address from the URL) adds its own. Were "ß" missing, it would be drawn as the "?" it is compared with.
test('a character the built-in texts do not use is drawn as itself', async () => {
    const shots = {};
    for (const name of ['straße', 'stra?e']) {
        const { context, page } = await openPage(session.browser, 'desktop');
        await page.goto(`${session.server.url}?lang=en&questionnaire=${encodeURIComponent(`files/${name}.json`)}`);
        await waitForScreen(page, 'error');
        assert.match(await live(page), new RegExp(`The questionnaire "files/${name.replace('?', '\\?')}.json" was not found`));
        await frameShown(page);
        shots[name] = decodePng(await page.screenshot());
        await context.close();
    }
    const [a, b] = Object.values(shots);
    assert.ok(differentPixels(a, b, 0) > 0, '"ß" is drawn as "?"');
});
