// The page's side of the group view's scanner, loaded only by the group view when the trainer
// presses "Codes scannen": asks for the camera, shows its picture where the app placed the preview,
// and hands a few frames a second to the scanner module (scanner.js and scanner.wasm beside this
// file), which gives back the texts of the QR codes in them. Each frame is drawn into one small
// canvas and read there; the next overwrites it. Nothing of the camera leaves the page or is kept.
'use strict';
(() => {
    // Often enough that a code held up is taken at once, seldom enough to leave a phone cool.
    const readInterval = 150;
    // Frames are read at most this wide or high: a QR code held up to the camera fills enough of
    // it, and a smaller frame is read sooner.
    const largestSide = 960;
    // A code still in view is read again and again; it is told to the app once in this time.
    const repeatInterval = 2500;

    const here = document.currentScript.src;
    let decoder = null;  // the scanner module, once loaded
    let session = null;  // the camera while it is on

    function loadDecoder() {
        if (decoder) return decoder;
        decoder = new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = new URL('scanner.js', here).href;
            script.onload = () => window.LeerregieScanner().then(resolve, reject);
            script.onerror = reject;
            document.head.appendChild(script);
        });
        decoder.catch(() => { decoder = null; });
        return decoder;
    }

    // The texts the module found in the canvas's frame.
    function readFrame(module, context, width, height) {
        const frame = module._leerregie_scanner_frame(width, height);
        if (!frame) return [];
        module.HEAPU8.set(context.getImageData(0, 0, width, height).data, frame);
        let at = module._leerregie_scanner_read(width, height);
        const texts = [];
        const utf8 = new TextDecoder();
        for (;;) {
            const end = module.HEAPU8.indexOf(0, at);
            if (end === at) break;
            texts.push(utf8.decode(module.HEAPU8.subarray(at, end)));
            at = end + 1;
        }
        return texts;
    }

    function why(error) {
        const name = error && error.name;
        if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
        if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'no-camera';
        return 'failed';
    }

    async function start(onText, onStatus) {
        stop();
        const current = session = { onText, onStatus, stream: null, video: null, timer: 0, seen: new Map(), place: null };
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            onStatus('no-camera');
            return;
        }
        let module;
        try {
            [current.stream, module] = await Promise.all([
                navigator.mediaDevices.getUserMedia({ audio: false,
                    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } }),
                loadDecoder()]);
        } catch (error) {
            if (current.stream) current.stream.getTracks().forEach(track => track.stop());
            if (session === current) {
                session = null;
                onStatus(why(error));
            }
            return;
        }
        if (session !== current) {  // stopped while the camera was being asked for
            current.stream.getTracks().forEach(track => track.stop());
            return;
        }
        const video = current.video = document.createElement('video');
        video.muted = true;
        video.playsInline = true;
        video.setAttribute('aria-hidden', 'true');
        const settings = current.stream.getVideoTracks()[0].getSettings();
        // A camera facing the trainer shows its picture as a mirror does, which is how people aim.
        const mirrored = settings.facingMode !== 'environment';
        Object.assign(video.style, { position: 'fixed', objectFit: 'cover', pointerEvents: 'none', zIndex: '1',
            borderRadius: '12px', boxSizing: 'border-box', border: '4px solid transparent', display: 'none',
            transform: mirrored ? 'scaleX(-1)' : 'none', background: '#000', backgroundClip: 'padding-box' });
        document.body.appendChild(video);
        if (current.place) place(...current.place);
        video.srcObject = current.stream;
        try {
            await video.play();
        } catch (error) {
            stop();
            onStatus('failed');
            return;
        }
        if (session !== current) return;
        onStatus('scanning');

        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true });
        const tick = () => {
            if (session !== current) return;
            current.timer = setTimeout(tick, readInterval);
            if (document.hidden || !video.videoWidth) return;
            const scale = Math.min(1, largestSide / Math.max(video.videoWidth, video.videoHeight));
            const width = Math.round(video.videoWidth * scale), height = Math.round(video.videoHeight * scale);
            if (canvas.width !== width || canvas.height !== height) {
                canvas.width = width;
                canvas.height = height;
            }
            context.drawImage(video, 0, 0, width, height);
            const now = performance.now();
            for (const text of readFrame(module, context, width, height)) {
                if (now - (current.seen.get(text) || -Infinity) < repeatInterval) continue;
                current.seen.set(text, now);
                onText(text);
            }
        };
        tick();
    }

    function stop() {
        const current = session;
        session = null;
        if (!current) return;
        clearTimeout(current.timer);
        if (current.stream) current.stream.getTracks().forEach(track => track.stop());
        if (current.video) {
            current.video.srcObject = null;
            current.video.remove();
        }
    }

    // Where the camera's picture goes, in CSS pixels of the page; width 0 hides it.
    function place(x, y, width, height) {
        if (!session) return;
        session.place = [x, y, width, height];
        const video = session.video;
        if (!video) return;
        Object.assign(video.style, { display: width > 0 ? 'block' : 'none', left: x + 'px', top: y + 'px',
            width: width + 'px', height: height + 'px' });
    }

    // A sign on the picture that a code was read: a green frame when it was taken, an orange one
    // when it was not (the app says why). Light, not sound: a workshop room need not hear it.
    function confirm(taken) {
        const video = session && session.video;
        if (!video) return;
        video.style.borderColor = taken ? '#1B873F' : '#C2570C';
        clearTimeout(session.confirmTimer);
        session.confirmTimer = setTimeout(() => { video.style.borderColor = 'transparent'; }, 900);
    }

    window.leerregieScanner = { start, stop, place, confirm };
})();
