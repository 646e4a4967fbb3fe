// Main-thread time per frame while scrolling, for bench/web.mjs and bench/renderer-compare.mjs: the
// change in CDP Performance.getMetrics' TaskDuration (all main-thread tasks: input events, frames,
// the app's WebAssembly, style and layout of the page) and ScriptDuration (JavaScript and
// WebAssembly alone) over 20 wheel notches, divided by the frames drawn. GPU work (SwiftShader, in
// the GPU process) is not in it. The page counts its frames in window.__framesDrawn.
export async function scrollCost(page, cdp) {
    await page.waitForTimeout(1000);  // the frames asked for after start-up
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
    const { width, height } = page.viewportSize();
    await page.mouse.move(width / 2, height / 2);
    const before = { ...(await metrics()), frames: await page.evaluate(() => window.__framesDrawn) };
    for (let notch = 0; notch < 20; notch++) {
        await page.mouse.wheel(0, notch < 10 ? 120 : -120);
        await page.waitForTimeout(50);
    }
    await page.waitForTimeout(500);
    const after = { ...(await metrics()), frames: await page.evaluate(() => window.__framesDrawn) };
    const frames = after.frames - before.frames;
    return {
        frames,
        taskMs: (after.TaskDuration - before.TaskDuration) * 1000 / Math.max(1, frames),
        scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000 / Math.max(1, frames),
    };
}
