// Starts Leerregie when this browser can run it, and says so plainly when it cannot.
(function () {
    'use strict';
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
