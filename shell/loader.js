// Starts Leerregie when this browser can run it, and says so plainly when it cannot.
(function () {
    'use strict';
    // The page's colours before the app draws, so a dark theme does not flash light.
    var theme = new URLSearchParams(window.location.search).get('theme');
    if (theme === 'dark' || theme === 'contrast') document.documentElement.dataset.theme = theme;
    function supported() {
        if (typeof WebAssembly !== 'object') return false;
        try {
            return !!document.createElement('canvas').getContext('webgl2');
        } catch (error) {
            return false;
        }
    }
    function showUnsupported() {
        document.getElementById('loading').hidden = true;
        document.getElementById('unsupported').hidden = false;
        document.documentElement.dataset.screen = 'error';
    }
    if (!supported()) {
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
        canvas: document.getElementById('canvas'),
        onAbort: showUnsupported,
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
