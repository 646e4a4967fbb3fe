// Starts Leerregie when this browser can run it, and says so plainly when it cannot.
(function () {
    'use strict';
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
    // the app gets this one back instead of making a second.
    // Sized as src/platform sizes it (CSS size times devicePixelRatio), so the first frame does
    // not have to resize it.
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
    window.Module = {
        canvas: canvas,
        onAbort: showUnsupported,
        instantiateWasm: function (imports, receive) {
            compiled.then(function (module) { return WebAssembly.instantiate(module, imports); })
                .then(function (instance) { receive(instance); }, showUnsupported);
            return {};
        },
    };
    var script = document.createElement('script');
    script.src = 'leerregie.js';
    script.onerror = showUnsupported;
    document.body.appendChild(script);
})();
