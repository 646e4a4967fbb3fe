// Text between the app's memory and JavaScript, always with its length (linked with --pre-js, so
// platform_web.cpp's JavaScript can call these). A NUL inside a text (pasted, imported, in a
// trainer's questionnaire) is a character like any other there, not its end, so nothing after it
// is lost.

// The `length` bytes of UTF-8 at `pointer` as a string.
function leerregieDecode(pointer, length) {
    return new TextDecoder().decode(HEAPU8.subarray(pointer, pointer + length));
}

// `text` as UTF-8 in memory that the app frees: its byte length in the first four bytes, then the
// bytes. 0 when there is no memory for it (malloc refused), which every caller checks.
function leerregieEncode(text) {
    const bytes = new TextEncoder().encode(text);
    const pointer = _malloc(bytes.length + 4);
    if (!pointer) return 0;
    HEAPU32[pointer >> 2] = bytes.length;
    HEAPU8.set(bytes, pointer + 4);
    return pointer;
}
