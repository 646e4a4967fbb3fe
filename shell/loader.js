// Starts Leerregie when this browser can run it, and says so plainly when it cannot.
(function () {
    'use strict';
    // The page's colours before the app draws, so a dark theme does not flash light: the theme the
    // app will choose (docs/contracts.md), from the person's kept settings, the address, the system.
    var theme = null;
    try {
        theme = JSON.parse(window.localStorage.getItem('leerregie.settings') || '{}').theme;
    } catch (error) {}  // no storage in this frame, or a damaged copy the app will ignore too
    if (theme !== 'light' && theme !== 'dark' && theme !== 'contrast')
        theme = new URLSearchParams(window.location.search).get('theme');
    if (theme !== 'light' && theme !== 'dark' && theme !== 'contrast' && window.matchMedia) {
        if (matchMedia('(forced-colors: active)').matches || matchMedia('(prefers-contrast: more)').matches)
            theme = 'contrast';
        else if (matchMedia('(prefers-color-scheme: dark)').matches)
            theme = 'dark';
    }
    if (theme === 'dark' || theme === 'contrast') document.documentElement.dataset.theme = theme;
    var canvas = document.getElementById('canvas');
    var frameHanded = false;  // the app has made its first frame
    var frameDrawn = false;   // and the renderer has drawn it
    setTimeout(function () { if (!frameDrawn) document.documentElement.classList.add('slow'); }, 1000);
    function showUnsupported() {
        document.getElementById('loading').hidden = true;
        document.getElementById('unsupported').hidden = false;
        document.documentElement.dataset.screen = 'error';
    }
    if (typeof WebAssembly !== 'object' || !window.leerregieRenderers) {
        showUnsupported();
        return;
    }
    // The WebAssembly downloads and compiles off the main thread while the page starts.
    var compiled = (WebAssembly.compileStreaming
                    ? WebAssembly.compileStreaming(fetch('leerregie.wasm', {credentials: 'same-origin'}))
                    : Promise.reject())
        .catch(function () {
            // A host that does not serve application/wasm: compile from the bytes instead.
            return fetch('leerregie.wasm', {credentials: 'same-origin'})
                .then(function (response) { return response.arrayBuffer(); })
                .then(function (bytes) { return WebAssembly.compile(bytes); });
        });
    // The stage's size in CSS pixels, for src/platform: measured here, while the WebAssembly
    // compiles, and then kept by a ResizeObserver, so that no frame makes the browser lay out the
    // page just to be asked for it (as reading an element's size does).
    var stage = document.getElementById('stage');
    var box = stage.getBoundingClientRect();
    var stageSize = {width: box.width, height: box.height};
    new ResizeObserver(function (entries) {
        var size = entries[entries.length - 1].contentRect;
        if (size.width === stageSize.width && size.height === stageSize.height) return;
        stageSize.width = size.width;
        stageSize.height = size.height;
        if (Module.calledRun) Module._leerregie_stage_resized();
    }).observe(stage);
    canvas.width = Math.round(box.width * (window.devicePixelRatio || 1));
    canvas.height = Math.round(box.height * (window.devicePixelRatio || 1));

    // The first frame: handed to the renderer, then drawn, then on screen at the next animation frame.
    function firstFrameHanded() {
        frameHanded = true;
        performance.mark('leerregie:frame-handed');
    }
    function firstFrameDrawn() {
        frameDrawn = true;
        document.documentElement.classList.add('started');
        requestAnimationFrame(function () { performance.mark('leerregie:first-frame'); });
    }
    // One renderer for the visit (renderer.js), chosen below: WebGL2, or frames drawn in software.
    var renderer = null;
    // For the rest of the visit the app draws in software, on a fresh canvas (a canvas keeps the kind
    // of context it was first given). Input goes to #stage, which keeps its listeners.
    function useSoftwareRenderer() {
        if (renderer && renderer.software) return;
        var fresh = canvas.cloneNode(false);
        canvas.replaceWith(fresh);
        Module.canvas = canvas = fresh;
        renderer = window.leerregieRenderers.software(canvas);
        if (Module.calledRun) Module._leerregie_use_software_renderer();
    }
    // Called by src/platform (platform_web.js) with views of the WebAssembly memory.
    function font(pixels, width, height) {
        if (!renderer.software) renderer.font(width, height, pixels);
    }
    function frame(bytes) {
        if (!frameHanded) firstFrameHanded();
        if (renderer.software) return;  // the app draws it next, in software (softwareFrame)
        if (renderer.draw(bytes)) {
            if (!frameDrawn) firstFrameDrawn();
        } else {
            // After the app's call returns: the app then draws this frame again, in software.
            queueMicrotask(useSoftwareRenderer);
        }
    }
    function softwareFrame(width, height, background) {
        renderer.begin(width, height, background);
        // Its parts are put before this task ends, so before the animation frame that marks it.
        if (!frameDrawn) firstFrameDrawn();
    }
    function softwarePart(pixels, left, top, width, height) {
        renderer.part(pixels, left, top, width, height);
    }
    window.Module = {
        canvas: canvas,
        leerregieFont: font,
        leerregieStageSize: stageSize,
        leerregieFrame: frame,
        leerregieRendererIsSoftware: function () { return renderer.software; },
        leerregieSoftwareFrame: softwareFrame,
        leerregieSoftwarePart: softwarePart,
        onAbort: showUnsupported,
        instantiateWasm: function (imports, receive) {
            compiled.then(function (module) { return WebAssembly.instantiate(module, imports); })
                .then(function (instance) {
                    // Before any of the app's own code runs: what a first frame cannot come sooner than.
                    performance.mark('leerregie:wasm-ready');
                    receive(instance);
                }, showUnsupported);
            return {};
        },
        onRuntimeInitialized: function () {
            if (window.requestIdleCallback) window.requestIdleCallback(keepForOffline, { timeout: 3000 });
            else setTimeout(keepForOffline, 500);
        },
    };
    var script = document.createElement('script');
    script.src = 'leerregie.js';
    script.onerror = showUnsupported;
    document.body.appendChild(script);

    // Made while the app's script and WebAssembly load. A lost context (the GPU process crashed or
    // was reset, the browser took the GPU from the tab) is not waited for: the visit carries on in
    // software where it was.
    renderer = window.leerregieRenderers.webgl(canvas);
    if (renderer) canvas.addEventListener('webglcontextlost', useSoftwareRenderer);
    else useSoftwareRenderer();

    // Offline use: once the app's files are loaded, a service worker keeps a copy of them (sw.js).
    // Registering only then keeps it from competing with start-up. Where it cannot work (not a
    // secure context, storage blocked in an embedding page, a sandboxed frame) the app simply runs
    // without it.
    function keepForOffline() {
        try {
            if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
            navigator.serviceWorker.register('sw.js').then(function (registration) {
                // A new version waits until this page has all its files, then takes over; the next
                // visit gets the new version, never a mix of old and new files.
                function activate(worker) {
                    if (!worker || !registration.active) return;  // a first install takes over by itself
                    var ask = function () { worker.postMessage('leerregie:activate'); };
                    if (worker.state === 'installed') ask();
                    else if (worker.state === 'installing') {
                        worker.addEventListener('statechange', function () { if (worker.state === 'installed') ask(); });
                    }
                }
                activate(registration.waiting);
                activate(registration.installing);
                registration.addEventListener('updatefound', function () { activate(registration.installing); });
            }).catch(function () {});
        } catch (error) {
            // Reading navigator.serviceWorker throws in a sandboxed frame: no offline copy there.
        }
    }
})();
