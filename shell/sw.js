// Keeps Leerregie working offline after the first visit. It stores the app's own files (never any
// answers: those live in local storage) and answers from that store when the network is gone.
//
// The build writes the list of shipped files and a hash of their content into this file
// (cmake/ShellFiles.cmake). The browser compares sw.js byte for byte on every visit, so any change
// to any shipped file makes a new worker with a new cache; when the page says it has loaded, the
// new worker takes over and removes the old cache (loader.js).
'use strict';

const VERSION = '@VERSION@';
const FILES = [@FILES@];
const PREFIX = 'leerregie-';
const CACHE = PREFIX + VERSION;

const fileUrl = name => new URL(name, self.location).href;
const APP_FILES = new Set(FILES.map(fileUrl));
const INDEX = fileUrl('index.html');
const SCOPE = new URL('./', self.location).href;

// The precached file a request asks for, or null. The page itself may be asked for as the folder
// or as index.html, with any URL parameters (lang, variant, ...).
function appFile(url) {
    const bare = url.origin + url.pathname;
    if (bare === SCOPE) return INDEX;
    return APP_FILES.has(bare) ? bare : null;
}

self.addEventListener('install', event => {
    // 'no-cache' asks the server whether the browser's copy is current: never an older file in the
    // new cache, and no second download of files the page has just loaded.
    event.waitUntil(caches.open(CACHE).then(cache =>
        cache.addAll(FILES.map(name => new Request(fileUrl(name), { cache: 'no-cache' })))));
});

// The page sends this once it has loaded all its files, so a new version never mixes its files
// with an old one's in the middle of a page load.
self.addEventListener('message', event => {
    if (event.data === 'leerregie:activate') self.skipWaiting();
});

self.addEventListener('activate', event => {
    event.waitUntil((async () => {
        const current = await caches.open(CACHE);
        for (const name of await caches.keys()) {
            if (!name.startsWith(PREFIX) || name === CACHE) continue;
            // Keep what was fetched besides the app (a trainer's questionnaire), so it still works
            // offline after an update; then the old cache goes.
            const old = await caches.open(name);
            for (const request of await old.keys()) {
                if (APP_FILES.has(request.url) || (await current.match(request))) continue;
                const response = await old.match(request);
                if (response) await current.put(request, response);
            }
            await caches.delete(name);
        }
        await self.clients.claim();
    })());
});

async function cacheFirst(file) {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(file);
    if (cached) return cached;
    const response = await fetch(file);
    if (response.ok) await cache.put(file, response.clone());
    return response;
}

async function networkFirst(request) {
    const cache = await caches.open(CACHE);
    try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
        return response;
    } catch (error) {
        const cached = await cache.match(request);
        if (cached) return cached;
        throw error;
    }
}

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    // Other origins are never touched (the app makes no such requests; the CSP forbids them).
    if (url.origin !== self.location.origin) return;
    const file = appFile(url);
    event.respondWith(file ? cacheFirst(file) : networkFirst(request));
});
