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
    window.Module = {
        canvas: document.getElementById('canvas'),
        onAbort: showUnsupported,
    };
    var script = document.createElement('script');
    script.src = 'leerregie.js';
    script.onerror = showUnsupported;
    document.body.appendChild(script);
})();
