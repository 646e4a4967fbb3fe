// Starts Leerregie when this browser can run it, and says so plainly when it cannot.
(function () {
    'use strict';
    // The page's colours before the app draws, so a dark theme does not flash light.
    var theme = new URLSearchParams(window.location.search).get('theme');
    if (theme === 'dark' || theme === 'contrast') document.documentElement.dataset.theme = theme;
    var canvas = document.getElementById('canvas');
    setTimeout(function () { if (!frameShown) document.documentElement.classList.add('slow'); }, 1000);
    function showUnsupported() {
        document.getElementById('loading').hidden = true;
        document.getElementById('unsupported').hidden = false;
        document.documentElement.dataset.screen = 'error';
    }
    if (typeof WebAssembly !== 'object') {
        showUnsupported();
        return;
    }
    // The WebAssembly downloads and compiles off the main thread while the renderer starts.
    var compiled = (WebAssembly.compileStreaming
                    ? WebAssembly.compileStreaming(fetch('leerregie.wasm', {credentials: 'same-origin'}))
                    : Promise.reject())
        .catch(function () {
            // A host that does not serve application/wasm: compile from the bytes instead.
            return fetch('leerregie.wasm', {credentials: 'same-origin'})
                .then(function (response) { return response.arrayBuffer(); })
                .then(function (bytes) { return WebAssembly.compile(bytes); });
        });
    // Frames are drawn by renderer.js in a worker that owns the canvas, where the browser can do
    // that: making the WebGL context, compiling the shaders and waiting for the GPU then never hold
    // up the page. Elsewhere (no OffscreenCanvas, no WebGL2 in workers, inside a frame) it draws on
    // the page. Input goes to #stage, which keeps its listeners when the canvas is swapped for a
    // fresh one on the way.
    if (typeof WebGL2RenderingContext === 'undefined') {
        showUnsupported();
        return;
    }
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
    var renderWorker = null;
    var transferred = false;  // the canvas belongs to the worker
    var onPage = null;        // the renderer when it draws on the page
    var waiting = null;       // the newest frame made meanwhile: older ones are never drawn
    var atlas = null;         // the newest font atlas, for a renderer that takes over
    var frameSent = false;
    var frameShown = false;
    // Frames drawn in software (see below) are shown on this canvas over #canvas. Its 2D context is
    // made and used once now, while the GPU process is idle: that first use waits for the GPU
    // process, which once the renderer is making its WebGL context took 30-80 ms, in the middle
    // of the first frame, without a GPU.
    var poster = document.createElement('canvas');
    poster.id = 'poster';
    poster.setAttribute('aria-hidden', 'true');
    var posterContext = poster.getContext('2d', {willReadFrequently: true});
    posterContext.putImageData(new ImageData(1, 1), 0, 0);
    function firstFrameShown() {
        if (frameShown) return;
        frameShown = true;
        performance.mark('leerregie:first-frame');
    }
    // When the first frame is made before the renderer has its WebGL context, which can take a while
    // on a slow GPU or none at all, src/platform also draws frames in software and this shows them:
    // the app appears as soon as its first frame is made. When the renderer has drawn the newest
    // frame the poster goes, a couple of frames later, so the renderer's canvas is on screen by then.
    function softwareFrame(width, height, background) {
        if (!poster.isConnected) canvas.after(poster);
        // The background is the canvas's CSS colour, showing through where no part is put: quicker
        // than filling millions of pixels.
        poster.style.backgroundColor = 'rgb(' + (background & 255) + ',' + (background >> 8 & 255) + ',' + (background >> 16 & 255) + ')';
        if (poster.width !== width || poster.height !== height) {
            poster.width = width;  // which also clears it
            poster.height = height;
        } else {
            posterContext.clearRect(0, 0, width, height);
        }
        if (!frameShown) {
            document.documentElement.classList.add('started');
            requestAnimationFrame(firstFrameShown);  // it runs as this frame is painted
        }
    }
    // The parts of the frame that are not all background, after softwareFrame.
    function softwarePart(pixels, left, top, width, height) {
        posterContext.putImageData(
            new ImageData(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length), width, height), left, top);
    }
    function rendererReady() {
        if (!frameSent) Module.leerregieSoftware = false;
    }
    function retirePoster() {
        Module.leerregieSoftware = false;
        requestAnimationFrame(function () {
            requestAnimationFrame(function () {
                if (poster) poster.remove();
                poster = posterContext = null;
            });
        });
    }
    function shown() {
        if (!frameShown) {
            document.documentElement.classList.add('started');
            firstFrameShown();
        }
        Module.drawing = false;
        if (waiting) send(waiting);
        else if (Module.leerregieSoftware) retirePoster();
        waiting = null;
    }
    function send(frame) {
        Module.drawing = true;
        renderWorker.postMessage({frame: frame.buffer}, [frame.buffer]);
    }
    function drawOnPage() {
        if (renderWorker) renderWorker.terminate();
        renderWorker = null;
        Module.drawing = false;  // what the worker had is drawn anew below
        waiting = null;
        if (transferred) {
            var fresh = canvas.cloneNode(false);
            canvas.replaceWith(fresh);
            Module.canvas = canvas = fresh;
        }
        var script = document.createElement('script');
        script.src = 'renderer.js';
        script.onerror = showUnsupported;
        script.onload = function () {
            onPage = window.leerregieRenderer(canvas);
            if (!onPage) return showUnsupported();
            rendererReady();
            if (atlas) onPage.font(atlas.width, atlas.height, atlas.pixels);
            if (frameSent) Module._leerregie_draw_now();
        };
        document.head.appendChild(script);
    }
    window.Module = {
        canvas: canvas,
        leerregieFont: font,
        leerregieStageSize: stageSize,
        leerregieFrame: frame,
        leerregieSoftware: true,  // frames are also drawn in software for the poster
        leerregieSoftwareFrame: softwareFrame,
        leerregieSoftwarePart: softwarePart,
        drawing: false,  // a frame is with the worker: a newer one waits, older ones are dropped
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
    // Inside another page's frame it draws on the page: there Chromium did not always pass input on
    // to a frame whose canvas a worker draws.
    if (window.parent !== window) {
        drawOnPage();
    } else {
        try {
            renderWorker = new Worker('renderer.js');
            var offscreen = canvas.transferControlToOffscreen();
            transferred = true;
            renderWorker.onmessage = function (event) {
                if (event.data.shown) shown();
                else if (event.data.ready) rendererReady();
                else drawOnPage();
            };
            renderWorker.onerror = drawOnPage;
            renderWorker.postMessage({canvas: offscreen}, [offscreen]);
        } catch (error) {
            drawOnPage();
        }
    }
    // Called by src/platform with views of the WebAssembly memory, which are copied before they go.
    function font(pixels, width, height) {
        atlas = {pixels: pixels.slice(), width: width, height: height};
        waiting = null;  // made with the old atlas; the frame that follows uses the new one
        if (onPage) onPage.font(width, height, atlas.pixels);
        else if (renderWorker) renderWorker.postMessage({font: atlas.pixels.buffer, width: width, height: height});
    }
    function frame(bytes) {
        frameSent = true;
        if (onPage) {
            if (onPage.draw(bytes)) shown();
            else showUnsupported();
        } else if (renderWorker) {
            if (Module.drawing) waiting = bytes.slice();
            else send(bytes.slice());
        }
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
    var script = document.createElement('script');
    script.src = 'leerregie.js';
    script.onerror = showUnsupported;
    document.body.appendChild(script);
})();
