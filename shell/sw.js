// Keeps Leerregie working offline after the first visit. It stores the app's own files and nothing
// else: the lists below, known when the app is built. The group view's scanner is kept only once a
// page has used it, so a participant's device never downloads it. Any other request (another page of the site
// hosting the app, a trainer's questionnaire) goes to the network as if there were no worker, and
// is never kept. Answers live in local storage, never here. "Alles wissen" removes these caches.
//
// The build writes the list of shipped files and a hash of their content into this file
// (cmake/ShellFiles.cmake). The browser compares sw.js byte for byte on every visit, so any change
// to any shipped file makes a new worker with a new cache; when the page says it has loaded, the
// new worker takes over and removes the old cache (loader.js).
'use strict';

const VERSION = '@VERSION@';
const FILES = [@FILES@];
const ON_DEMAND_FILES = [@ON_DEMAND_FILES@];
const PREFIX = 'leerregie-';
const CACHE = PREFIX + VERSION;

const fileUrl = name => new URL(name, self.location).href;
const APP_FILES = new Set([...FILES, ...ON_DEMAND_FILES].map(fileUrl));
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
        for (const name of await caches.keys())
            if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
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

// The group view comes from the network while there is one: the server lets that page use the
// camera, for its scanner, and no other (docs/privacy.md). Its last copy stays for use offline.
async function groupViewFirstFromNetwork(request) {
    const cache = await caches.open(CACHE);
    const key = SCOPE + '?view=group';
    try {
        const response = await fetch(request);
        if (response.ok) await cache.put(key, response.clone());
        return response;
    } catch (error) {
        return (await cache.match(key)) || cache.match(INDEX);
    }
}

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    // Other origins are never touched (the app makes no such requests; the CSP forbids them).
    if (url.origin !== self.location.origin) return;
    const file = appFile(url);
    if (file === INDEX && url.searchParams.get('view') === 'group') event.respondWith(groupViewFirstFromNetwork(request));
    else if (file) event.respondWith(cacheFirst(file));
});
