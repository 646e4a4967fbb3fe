// Starts Leerregie when this browser can run it, and says so plainly when it cannot.
(function () {
    'use strict';
    // The page's colours before the app draws, so a dark theme does not flash light.
    var theme = new URLSearchParams(window.location.search).get('theme');
    if (theme === 'dark' || theme === 'contrast') document.documentElement.dataset.theme = theme;
    var canvas = document.getElementById('canvas');
    function showUnsupported() {
        document.getElementById('loading').hidden = true;
        document.getElementById('unsupported').hidden = false;
        document.documentElement.dataset.screen = 'error';
    }
    if (typeof WebAssembly !== 'object') {
        showUnsupported();
        return;
    }
    // The WebAssembly starts downloading and compiling (off the main thread) before the WebGL
    // context is made, which holds the main thread for a while; both are needed for the first frame.
    var compiled = (WebAssembly.compileStreaming
                    ? WebAssembly.compileStreaming(fetch('leerregie.wasm', {credentials: 'same-origin'}))
                    : Promise.reject())
        .catch(function () {
            // A host that does not serve application/wasm: compile from the bytes instead.
            return fetch('leerregie.wasm', {credentials: 'same-origin'})
                .then(function (response) { return response.arrayBuffer(); })
                .then(function (bytes) { return WebAssembly.compile(bytes); });
        });
    // The support test makes the app's own context, with the attributes src/platform asks for, so
    // the app gets this one back instead of making a second. It is sized as src/platform sizes it
    // (CSS size times devicePixelRatio), so the first frame does not have to resize it.
    var box = canvas.getBoundingClientRect();
    canvas.width = Math.round(box.width * (window.devicePixelRatio || 1));
    canvas.height = Math.round(box.height * (window.devicePixelRatio || 1));
    var context = null;
    try {
        context = canvas.getContext('webgl2', {alpha: false, antialias: false, depth: false, stencil: false});
    } catch (error) {}
    if (!context) {
        showUnsupported();
        return;
    }
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
    window.Module = {
        canvas: canvas,
        onAbort: showUnsupported,
        instantiateWasm: function (imports, receive) {
            compiled.then(function (module) { return WebAssembly.instantiate(module, imports); })
                .then(function (instance) { receive(instance); }, showUnsupported);
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
})();
