// The JavaScript side of src/platform/platform_web.cpp, linked with --js-library: each function
// here is declared extern "C" there. Strings cross from JavaScript as malloc'ed UTF-8 with their
// length (leerregieEncode), which the app frees; texts go to JavaScript with their length
// (leerregieDecode). A NUL inside a text (pasted, imported, in a trainer's questionnaire) is a
// character like any other there, not its end, so nothing after it is lost.
mergeInto(LibraryManager.library, {
    // The `length` bytes of UTF-8 at `pointer` as a string.
    $leerregieDecode: function(pointer, length) {
        return new TextDecoder().decode(HEAPU8.subarray(pointer, pointer + length));
    },

    // `text` as UTF-8 in memory that the app frees: its byte length in the first four bytes, then
    // the bytes. 0 when there is no memory for it (malloc refused), which every caller checks.
    $leerregieEncode__deps: ['malloc'],
    $leerregieEncode: function(text) {
        const bytes = new TextEncoder().encode(text);
        const pointer = _malloc(bytes.length + 4);
        if (!pointer) return 0;
        HEAPU32[pointer >> 2] = bytes.length;
        HEAPU8.set(bytes, pointer + 4);
        return pointer;
    },

    // [SECTION] Drawing: shell/loader.js chose the renderer (shell/renderer.js) before the app started.

    // 1 when frames are drawn in software for this visit, from the start or since the WebGL context
    // was lost (loader.js then calls leerregie_use_software_renderer).
    js_renderer_is_software: function() { return Module.leerregieRendererIsSoftware() ? 1 : 0; },
    // Views of the app's memory, which loader.js copies or uses before it returns.
    js_send_font_atlas: function(pixels, width, height) {
        Module.leerregieFont(HEAPU8.subarray(pixels, pixels + width * height), width, height);
    },
    js_send_frame: function(words, count) {
        Module.leerregieFrame(HEAPU8.subarray(words, words + count * 4));
    },
    // A frame drawn in software goes to the canvas as its size and background, then its parts.
    js_begin_software_frame: function(width, height, background) {
        Module.leerregieSoftwareFrame(width, height, background);
    },
    js_show_software_part: function(pixels, left, top, width, height) {
        Module.leerregieSoftwarePart(HEAPU8.subarray(pixels, pixels + width * height * 4), left, top, width, height);
    },

    // [SECTION] Sizing

    // The stage's size in CSS pixels, as loader.js keeps it: asking the element would make the
    // browser lay out the page first, in every frame.
    js_stage_size: function(width, height) {
        HEAPF64[width >> 3] = Module.leerregieStageSize.width;
        HEAPF64[height >> 3] = Module.leerregieStageSize.height;
    },

    // [SECTION] Input

    // Where the page's focus is, for the keys (platform_web.cpp on_key): 0 the page itself, 1 a
    // button of the mirror, 2 a radio, 3 a text field.
    js_focus_kind: function() {
        const active = document.activeElement;
        if (!active || !active.closest || !active.closest("#a11y")) return 0;
        if (active.tagName === "TEXTAREA") return 3;
        if (active.tagName !== "BUTTON") return 0;  // a heading focused after a screen changed
        return active.getAttribute("role") === "radio" ? 2 : 1;
    },
    // The mirror control with the page's focus, when that focus is shown (the keyboard is in use, or
    // it is a text field): the canvas draws its ring there.
    js_keyboard_focused_control__deps: ['$leerregieEncode'],
    js_keyboard_focused_control: function() {
        const active = document.activeElement;
        if (!active || !active.dataset || !active.dataset.id || !active.closest("#a11y")) return 0;
        // Until a pointer is used, focus that moves came by keyboard or assistive technology.
        const shown = Module.leerregieKeyboardInUse !== false || active.tagName === "TEXTAREA";
        return shown ? leerregieEncode(active.dataset.id) : 0;
    },

    // [SECTION] Browser services

    js_query_parameter__deps: ['$leerregieEncode'],
    js_query_parameter: function(name) {
        const value = new URLSearchParams(window.location.search).get(UTF8ToString(name));
        return value === null ? 0 : leerregieEncode(value);
    },
    js_has_query_parameter: function(name) {
        return new URLSearchParams(window.location.search).has(UTF8ToString(name)) ? 1 : 0;
    },
    js_browser_language__deps: ['$leerregieEncode'],
    js_browser_language: function() { return leerregieEncode(navigator.language || ""); },
    // `*found` is 1 when the key holds a value, which is then returned (0 when there was no memory).
    js_storage_get__deps: ['$leerregieEncode'],
    js_storage_get: function(key, found) {
        HEAP32[found >> 2] = 0;
        try {
            const value = window.localStorage.getItem(UTF8ToString(key));
            if (value === null) return 0;
            HEAP32[found >> 2] = 1;
            return leerregieEncode(value);
        } catch (error) {
            return 0;  // storage refused (private mode, blocked third-party storage)
        }
    },
    js_storage_set__deps: ['$leerregieDecode'],
    js_storage_set: function(key, value, length) {
        try {
            window.localStorage.setItem(UTF8ToString(key), leerregieDecode(value, length));
            return 1;
        } catch (error) {
            return 0;  // full or refused
        }
    },
    js_storage_remove: function(key) {
        try { window.localStorage.removeItem(UTF8ToString(key)); } catch (error) {}
    },
    // Another tab or window of this site changed local storage: the app hears which key.
    js_listen_to_storage__deps: ['$leerregieEncode'],
    js_listen_to_storage: function() {
        window.addEventListener("storage", event => {
            if (event.key === null || !event.key.startsWith("leerregie.")) return;
            const key = leerregieEncode(event.key);
            if (key) _leerregie_storage_changed(key);
        });
    },
    // The system's settings as CSS media queries see them, one bit each (platform.h SystemPreferences).
    $leerregieSystemQueries: ["(prefers-color-scheme: dark)", "(forced-colors: active)", "(prefers-contrast: more)",
                              "(prefers-reduced-motion: reduce)"],
    js_system_preferences__deps: ['$leerregieSystemQueries'],
    js_system_preferences: function() {
        if (!window.matchMedia) return 0;
        return leerregieSystemQueries.reduce((bits, query, bit) => bits | (window.matchMedia(query).matches ? 1 << bit : 0), 0);
    },
    js_listen_to_system_preferences__deps: ['$leerregieSystemQueries'],
    js_listen_to_system_preferences: function() {
        if (!window.matchMedia) return;
        for (const query of leerregieSystemQueries)
            window.matchMedia(query).addEventListener("change", () => _leerregie_system_preferences_changed());
    },
    // The service worker's copies of the app's files (sw.js names its caches "leerregie-...").
    js_clear_offline_copy: function() {
        try {
            if (!window.caches) return;
            window.caches.keys().then(names => Promise.all(names.filter(name => name.startsWith("leerregie-"))
                                                         .map(name => window.caches.delete(name))))
                .catch(() => {});
        } catch (error) {}  // caches refused (a sandboxed frame): there is nothing kept there
    },
    js_set_live_text__deps: ['$leerregieDecode'],
    js_set_live_text: function(text, length) {
        const live = document.getElementById("live");
        const value = leerregieDecode(text, length);
        if (live && live.textContent !== value) live.textContent = value;
    },
    js_set_document_attribute: function(name, value) {
        document.documentElement.setAttribute(UTF8ToString(name), UTF8ToString(value));
    },
    js_set_text_field_font_size: function(css_pixels) {
        document.documentElement.style.setProperty("--text-size", css_pixels + "px");
    },
    js_today__deps: ['$leerregieEncode'],
    js_today: function() {
        const now = new Date();
        const pad = n => String(n).padStart(2, "0");
        return leerregieEncode(now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()));
    },
    js_download: function(name, mime, content, length) {
        const bytes = HEAPU8.slice(content, content + length);
        const url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString(mime)}));
        const link = document.createElement("a");
        link.href = url;
        link.download = UTF8ToString(name);
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    js_pick_text_file__deps: ['$leerregieEncode'],
    js_pick_text_file: function() {
        const input = document.createElement("input");
        input.type = "file";
        input.accept = ".json,application/json";
        input.style.display = "none";
        input.addEventListener("change", () => {
            const file = input.files && input.files[0];
            input.remove();
            if (!file) return;
            const reader = new FileReader();
            reader.onload = () => _leerregie_file_loaded(leerregieEncode(String(reader.result)));
            // The answers reader refuses more than 2 MB: a byte beyond that is enough to say so.
            reader.readAsText(file.slice(0, 2 * 1024 * 1024 + 1));
        });
        document.body.appendChild(input);
        input.click();
    },
    // The asynchronous clipboard first; where it is missing or refused (an iframe without
    // clipboard-write), the older copy command on a selected, off-screen text field.
    js_copy_text__deps: ['$leerregieDecode'],
    js_copy_text: function(text, length) {
        const value = leerregieDecode(text, length);
        const fallback = () => {
            const field = document.createElement("textarea");
            field.value = value;
            field.setAttribute("readonly", "");
            field.style.cssText = "position:fixed;left:-9999px;top:0";
            document.body.appendChild(field);
            field.select();
            let copied = false;
            try { copied = document.execCommand("copy"); } catch (error) {}
            field.remove();
            _leerregie_copied(copied ? 1 : 0);
        };
        if (navigator.clipboard && navigator.clipboard.writeText)
            navigator.clipboard.writeText(value).then(() => _leerregie_copied(1), fallback);
        else
            fallback();
    },
    js_open_printable__deps: ['$leerregieDecode'],
    js_open_printable: function(html, length) {
        const url = URL.createObjectURL(new Blob([leerregieDecode(html, length)], {type: "text/html"}));
        const opened = window.open(url, "_blank");
        if (!opened) {
            // Blocked (some embeds): print from a hidden frame instead.
            const frame = document.createElement("iframe");
            frame.style.cssText = "position:fixed;width:0;height:0;border:0";
            frame.src = url;
            frame.onload = () => frame.contentWindow.print();
            document.body.appendChild(frame);
        }
        setTimeout(() => URL.revokeObjectURL(url), 60000);
    },
    // The resolved address is checked once more here: whatever the app decided, nothing is fetched
    // from another origin. More than 4 MB is cut off; the questionnaire checker refuses over 2 MB. A
    // server that does not answer in `timeout_ms` (or stops sending) gets status -2.
    js_fetch_text__deps: ['$leerregieEncode'],
    js_fetch_text: function(url, id, timeout_ms) {
        let finished = false;
        const done = (status, text) => {
            if (finished) return;
            finished = true;
            clearTimeout(timer);
            _leerregie_fetch_done(id, status, leerregieEncode(text));
        };
        const controller = new AbortController();
        const timer = setTimeout(() => {
            controller.abort();
            done(-2, "");
        }, timeout_ms);
        let resolved = null;
        try { resolved = new URL(UTF8ToString(url), window.location.href); } catch (error) {}
        if (!resolved || resolved.origin !== window.location.origin) {
            setTimeout(() => done(-1, ""), 0);
            return;
        }
        fetch(resolved.href, {mode: "same-origin", credentials: "same-origin", cache: "no-cache", signal: controller.signal})
            .then(response => response.text().then(text => done(response.status, response.ok ? text.slice(0, 4194304) : "")))
            .catch(() => done(0, ""));
    },
    js_remove_query_parameter: function(name) {
        try {
            const url = new URL(window.location.href);
            url.searchParams.delete(UTF8ToString(name));
            window.history.replaceState(window.history.state, "", url.href);
        } catch (error) {}  // a sandboxed frame may refuse; the app goes on without it
    },
    // The fragment (after "#"), taken out of the address so that a reload does not add it again.
    js_take_link_fragment__deps: ['$leerregieEncode'],
    js_take_link_fragment: function() {
        const fragment = window.location.hash.replace(/^#/, "");
        if (!fragment) return 0;
        try {
            window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
        } catch (error) {}  // a sandboxed frame may refuse; the list takes each code once anyway
        let decoded = fragment;
        try { decoded = decodeURIComponent(fragment); } catch (error) {}  // a stray "%": as written
        return leerregieEncode(decoded);
    },
    js_listen_to_link_fragment: function() {
        window.addEventListener("hashchange", () => _leerregie_link_fragment_changed());
    },
    js_page_address__deps: ['$leerregieEncode'],
    js_page_address: function() { return leerregieEncode(window.location.origin + window.location.pathname); },

    // [SECTION] The group view's scanner: src/scanner/camera.js, fetched when it first starts

    js_start_scanner__deps: ['$leerregieEncode'],
    js_start_scanner: function() {
        const statuses = ["scanning", "denied", "no-camera", "failed"];
        const start = () => window.leerregieScanner.start(text => {
            const pointer = leerregieEncode(text);
            if (pointer) _leerregie_scanner_read(pointer);
        }, status => { if (statuses.includes(status)) _leerregie_scanner_status(statuses.indexOf(status)); });
        if (window.leerregieScanner) return start();
        const script = document.createElement("script");
        script.src = "scanner/camera.js";
        script.onload = start;
        script.onerror = () => _leerregie_scanner_status(3);
        document.head.appendChild(script);
    },
    js_stop_scanner: function() { if (window.leerregieScanner) window.leerregieScanner.stop(); },
    js_place_scanner_preview: function(x, y, width, height) {
        if (window.leerregieScanner) window.leerregieScanner.place(x, y, width, height);
    },
    js_show_scan_taken: function(taken) { if (window.leerregieScanner) window.leerregieScanner.confirm(taken !== 0); },

    // [SECTION] The accessible mirror

    js_set_accessible_controls: function(json) {
        const text = UTF8ToString(json);
        const root = document.getElementById("a11y");
        if (!root || root.dataset.applied === text) return;
        root.dataset.applied = text;
        if (!root.dataset.listening) {
            root.dataset.listening = "1";
            // The canvas draws the focus ring where the page's focus is, so a move is drawn.
            root.addEventListener("focusin", () => _leerregie_focus_moved());
            root.addEventListener("focusout", () => _leerregie_focus_moved());
            // The ring shows while the keyboard is in use, as :focus-visible does on a web page; a
            // click or tap that focuses a control shows none.
            document.addEventListener("keydown", () => { Module.leerregieKeyboardInUse = true; }, true);
            document.addEventListener("pointerdown", () => { Module.leerregieKeyboardInUse = false; }, true);
        }
        // Where the focus was, to carry it over when the screen or question changes under it.
        const tabStops = () => Array.from(root.querySelectorAll('button:not([tabindex="-1"]), textarea'));
        const focusBefore = root.contains(document.activeElement) ? document.activeElement : null;
        const stopBefore = tabStops().indexOf(focusBefore);
        const heading = () => { const first = root.querySelector("h2"); return first ? first.textContent : ""; };
        const headingBefore = heading();
        const controls = JSON.parse(text);
        // Elements are kept by id, so a text field keeps its focus, caret and composition while the
        // screen scrolls or its label changes.
        const existing = new Map();
        for (const element of root.querySelectorAll("[data-id]")) existing.set(element.dataset.id, element);
        const containers = new Map();
        for (const element of root.querySelectorAll("[data-group]")) containers.set(element.dataset.group, element);
        const queue = (id, isText, value, byArrowKey) => {
            (Module.leerregieEvents = Module.leerregieEvents || []).push({id, isText, value, byArrowKey});
            _leerregie_draw_now();
        };
        // The WAI-ARIA radio group: the arrow keys move to the next or previous choice and check it
        // (wrapping round), Home and End to the first and last; Tab leaves the group.
        const moveInGroup = (radio, event) => {
            const steps = {ArrowDown: 1, ArrowUp: -1};
            if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
            if (!(event.key in steps) && event.key !== "Home" && event.key !== "End") return;
            const radios = Array.from(radio.parentNode.querySelectorAll('[role="radio"]'));
            const index = radios.indexOf(radio);
            const next = event.key === "Home" ? radios[0]
                       : event.key === "End"  ? radios[radios.length - 1]
                                              : radios[(index + steps[event.key] + radios.length) % radios.length];
            event.preventDefault();
            next.focus({preventScroll: true});
            queue(next.dataset.id, false, "", true);
        };
        const tags = {heading: "h2", subheading: "h3", text: "p", textbox: "textarea", radio: "button",
                      button: "button", img: "div", progressbar: "div", listitem: "li", status: "div", alert: "div"};
        // Radios of one group and items of one list share a container: a radiogroup, a list.
        const containerTags = {radio: ["div", "radiogroup"], listitem: ["ul", null]};
        const wanted = [];
        let container = null;
        for (const control of controls) {
            const tag = tags[control.role] || "button";
            let element = existing.get(control.id);
            if (!element || element.tagName.toLowerCase() !== tag) {
                if (element) element.remove();
                element = document.createElement(tag);
                element.dataset.id = control.id;
                if (tag === "textarea") {
                    element.addEventListener("input", () => queue(element.dataset.id, true, element.value, false));
                    element.addEventListener("keydown", event => {
                        if (event.key === "Escape") element.blur();
                    });
                    element.setAttribute("autocapitalize", "sentences");
                    // A wheel turn the field has no more text to scroll for scrolls the screen, as
                    // it scrolls a web page; otherwise a tall field on a small screen stops scrolling.
                    element.addEventListener("wheel", event => {
                        const more = event.deltaY > 0
                            ? element.scrollTop + element.clientHeight < element.scrollHeight - 1
                            : element.scrollTop > 0;
                        if (more) return;
                        event.preventDefault();
                        document.getElementById("stage").dispatchEvent(new WheelEvent("wheel", event));
                    }, { passive: false });
                } else if (tag === "button") {
                    element.type = "button";
                    element.addEventListener("click", () => queue(element.dataset.id, false, "", false));
                    if (control.role === "radio") element.addEventListener("keydown", event => moveInGroup(element, event));
                }
            }
            existing.delete(control.id);
            element.className = "a11y-" + control.role;
            if (control.lang) element.lang = control.lang;
            else if (element.lang) element.removeAttribute("lang");
            if (control.role === "img") {
                element.setAttribute("role", "img");
                element.setAttribute("aria-label", control.label);
            } else if (control.role === "textbox") {
                element.setAttribute("aria-label", control.label);
                // The field stops at the app's limit and says so (the app draws the message).
                if (control.max && element.maxLength !== control.max) element.maxLength = control.max;
                // No value: the field holds what it last sent, which may be long (pasted codes).
                if ("value" in control && document.activeElement !== element && element.value !== control.value)
                    element.value = control.value;
            } else if (control.role === "progressbar") {
                element.setAttribute("role", "progressbar");
                element.setAttribute("aria-label", control.label);
                element.setAttribute("aria-valuemin", "0");
                element.setAttribute("aria-valuemax", String(control.max));
                element.setAttribute("aria-valuenow", String(control.value));
                element.setAttribute("aria-valuetext", control.label);
            } else {
                if (control.role === "status" || control.role === "alert") element.setAttribute("role", control.role);
                // Unchanged text is not set again: a status or alert is announced once, when it changes.
                if (element.textContent !== control.label) element.textContent = control.label;
            }
            // The control the canvas draws the focus ring around (the page's focus, when shown).
            if (control.ring) element.dataset.ring = "";
            else delete element.dataset.ring;
            if (control.disabled) element.setAttribute("aria-disabled", "true");
            else element.removeAttribute("aria-disabled");
            if (control.role === "radio") {
                element.setAttribute("role", "radio");
                element.setAttribute("aria-checked", control.checked ? "true" : "false");
            }
            const kind = containerTags[control.role];
            if (kind) {
                const key = control.role + ":" + control.group;
                if (!container || container.dataset.group !== key) {
                    container = containers.get(key) || document.createElement(kind[0]);
                    containers.delete(key);
                    container.dataset.group = key;
                    if (kind[1]) container.setAttribute("role", kind[1]);
                    container.setAttribute("aria-label", control.group);
                    wanted.push(container);
                }
                if (element.parentNode !== container) container.appendChild(element);
            } else {
                container = null;
                wanted.push(element);
            }
            // A text field moves by transform, which needs no new layout of its text while the screen
            // scrolls (a trainer's long pasted list would otherwise be laid out again every frame).
            const place = control.role === "textbox" ? `left:0;top:0;transform:translate(${control.x}px,${control.y}px)`
                                                     : `left:${control.x}px;top:${control.y}px`;
            const box = control.w > 0 ? `${place};width:${control.w}px;height:${control.h}px` : "";
            if (element.style.cssText !== box) element.style.cssText = box;
        }
        for (const stale of existing.values()) stale.remove();
        for (const stale of containers.values()) stale.remove();
        // Moving the focused element would blur it (and close a phone's keyboard mid-word), so the
        // others are moved round it instead.
        wanted.forEach((element, index) => {
            while (root.children[index] && root.children[index] !== element && element.contains(document.activeElement))
                root.appendChild(root.children[index]);
            if (root.children[index] !== element) root.insertBefore(element, root.children[index] || null);
        });
        // One stop for Tab in each radio group: the checked choice, else the first.
        for (const group of root.querySelectorAll('[role="radiogroup"]')) {
            const radios = Array.from(group.children);
            const stop = radios.find(radio => radio.getAttribute("aria-checked") === "true") || radios[0];
            for (const radio of radios) radio.tabIndex = radio === stop ? 0 : -1;
        }
        // A new question or screen under the focus (its heading changed) takes the focus to its
        // choices, or else to its heading, rather than leaving it behind on "Volgende" or at the top
        // of the page. A control that went away on the same screen passes it to the one now in its
        // place in the Tab order.
        if (!focusBefore) return;
        const lost = !root.contains(document.activeElement);
        const movedOn = focusBefore.tagName !== "TEXTAREA" && heading() !== headingBefore;
        if (!lost && !movedOn) return;
        const stops = tabStops();
        let next;
        if (movedOn || stopBefore < 0 || stops.length === 0) {
            const group = root.querySelector('[role="radiogroup"]');
            next = (group && group.querySelector('[tabindex="0"]')) || root.querySelector("h2");
        } else {
            next = stops[Math.min(stopBefore, stops.length - 1)];
        }
        if (!next || next === document.activeElement) return;
        if (next.tagName === "H2") next.tabIndex = -1;
        next.focus({preventScroll: true});
    },
    js_focus_accessible_control: function(id) {
        const element = document.querySelector('#a11y [data-id="' + CSS.escape(UTF8ToString(id)) + '"]');
        if (element && document.activeElement !== element) element.focus({preventScroll: true});
    },
    js_take_accessible_events__deps: ['$leerregieEncode'],
    js_take_accessible_events: function() {
        const events = Module.leerregieEvents || [];
        Module.leerregieEvents = [];
        return events.length ? leerregieEncode(JSON.stringify(events)) : 0;
    }
});
