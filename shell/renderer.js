// Draws Leerregie's frames (Dear ImGui's draw lists) on the page's canvas. loader.js chooses one of
// the two renderers here once, at start-up: WebGL2 when the browser gives a context; otherwise the
// frames are drawn in software by the app (src/platform/frame.cpp) and put on a 2D canvas.
//
// A frame for WebGL2 is one buffer written by src/platform (send_frame), little-endian:
//   header    u32 width, u32 height, f32 red, green, blue (the background),
//             u32 vertex count, u32 index count, u32 command count        32 bytes
//   vertices  f32 x, y, u, v, u8 red, green, blue, alpha (ImDrawVert)    20 bytes each
//   indices   u32 into the vertices                                        4 bytes each
//   commands  f32 clip x1, y1, x2, y2, u32 index count, u32 first index  24 bytes each
// The font atlas is one byte of coverage per pixel; it is the only texture.
(function () {
    'use strict';
    // The scale from pixels to clip space is a constant vertex attribute (location 3) rather than a
    // uniform: finding a uniform's location would wait for the shaders to link.
    var vertexShader = '#version 300 es\n' +
        'layout(location=0) in vec2 position;layout(location=1) in vec2 uv;layout(location=2) in vec4 colour;' +
        'layout(location=3) in vec2 scale;out vec2 texel;out vec4 tint;' +
        'void main(){texel=uv;tint=colour;gl_Position=vec4(position*scale+vec2(-1.0,1.0),0.0,1.0);}';
    var fragmentShader = '#version 300 es\nprecision highp float;uniform sampler2D atlas;in vec2 texel;in vec4 tint;' +
        'out vec4 colour;void main(){colour=vec4(tint.rgb,tint.a*texture(atlas,texel).r);}';

    // Returns {font, draw} for the canvas, or null when it cannot have a WebGL2 context. Nothing here
    // waits for the GPU: the shaders compile while the page starts, and their result is asked for
    // only once the first frame has been drawn.
    function createWebGLRenderer(canvas) {
        var gl = null;
        try {
            gl = canvas.getContext('webgl2', {alpha: false, antialias: false, depth: false, stencil: false,
                                              powerPreference: 'low-power'});
        } catch (error) {}
        if (!gl) return null;
        var program = gl.createProgram();
        [[gl.VERTEX_SHADER, vertexShader], [gl.FRAGMENT_SHADER, fragmentShader]].forEach(function (stage) {
            var shader = gl.createShader(stage[0]);
            gl.shaderSource(shader, stage[1]);
            gl.compileShader(shader);
            gl.attachShader(program, shader);
        });
        gl.linkProgram(program);
        gl.bindVertexArray(gl.createVertexArray());
        gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
        gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer());
        gl.enableVertexAttribArray(0);
        gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 20, 0);
        gl.enableVertexAttribArray(1);
        gl.vertexAttribPointer(1, 2, gl.FLOAT, false, 20, 8);
        gl.enableVertexAttribArray(2);
        gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, true, 20, 16);
        gl.bindTexture(gl.TEXTURE_2D, gl.createTexture());
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
        gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
        gl.enable(gl.BLEND);
        gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
        var linked = false;  // and in use: WebGL's useProgram waits for the link, so it waits for the first frame

        return {
            software: false,
            font: function (width, height, pixels) {
                gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, width, height, 0, gl.RED, gl.UNSIGNED_BYTE, pixels);
            },
            // Draws one frame (a Uint8Array, 4-byte aligned); false when it cannot: the context is
            // lost, or the shaders did not link.
            draw: function (frame) {
                if (gl.isContextLost()) return false;
                if (!linked) gl.useProgram(program);
                var header = new Uint32Array(frame.buffer, frame.byteOffset, 8);
                var width = header[0], height = header[1];
                var vertexCount = header[5], indexCount = header[6], commandCount = header[7];
                var background = new Float32Array(frame.buffer, frame.byteOffset + 8, 3);
                if (canvas.width !== width) canvas.width = width;
                if (canvas.height !== height) canvas.height = height;
                gl.viewport(0, 0, width, height);
                gl.disable(gl.SCISSOR_TEST);
                gl.clearColor(background[0], background[1], background[2], 1);
                gl.clear(gl.COLOR_BUFFER_BIT);
                gl.enable(gl.SCISSOR_TEST);
                gl.vertexAttrib2f(3, 2 / width, -2 / height);
                var offset = frame.byteOffset + 32;
                gl.bufferData(gl.ARRAY_BUFFER, new Uint8Array(frame.buffer, offset, vertexCount * 20), gl.STREAM_DRAW);
                offset += vertexCount * 20;
                gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, new Uint8Array(frame.buffer, offset, indexCount * 4), gl.STREAM_DRAW);
                offset += indexCount * 4;
                var clips = new Float32Array(frame.buffer, offset, commandCount * 6);
                var ranges = new Uint32Array(frame.buffer, offset, commandCount * 6);
                for (var command = 0; command < commandCount * 6; command += 6) {
                    var left = Math.max(0, clips[command]), top = Math.max(0, clips[command + 1]);
                    var right = Math.min(width, clips[command + 2]), bottom = Math.min(height, clips[command + 3]);
                    if (right <= left || bottom <= top) continue;
                    gl.scissor(left, height - bottom, right - left, bottom - top);
                    gl.drawElements(gl.TRIANGLES, ranges[command + 4], gl.UNSIGNED_INT, ranges[command + 5] * 4);
                }
                if (!linked && !(linked = gl.getProgramParameter(program, gl.LINK_STATUS))) {
                    console.error('Leerregie: ' + gl.getProgramInfoLog(program));
                    return false;
                }
                return true;
            },
        };
    }

    // Returns {begin, part} for a canvas whose frames the app draws in software: each frame is its
    // size and background, then the boxes of it that are not all background, as RGBA pixels.
    function createSoftwareRenderer(canvas) {
        // A canvas kept in memory rather than on a GPU (which there may not be): putting a part is
        // a copy, not an upload.
        var context = canvas.getContext('2d', {willReadFrequently: true});
        return {
            software: true,
            begin: function (width, height, background) {
                // The background is the canvas's CSS colour, showing through where no part is put:
                // quicker than filling millions of pixels.
                canvas.style.backgroundColor = 'rgb(' + (background & 255) + ',' + (background >> 8 & 255) + ',' +
                                               (background >> 16 & 255) + ')';
                if (canvas.width !== width || canvas.height !== height) {
                    canvas.width = width;  // which also clears it
                    canvas.height = height;
                } else {
                    context.clearRect(0, 0, width, height);
                }
            },
            // `pixels` is a view of the app's memory, used before this returns.
            part: function (pixels, left, top, width, height) {
                context.putImageData(new ImageData(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length),
                                                   width, height), left, top);
            },
        };
    }

    window.leerregieRenderers = {webgl: createWebGLRenderer, software: createSoftwareRenderer};
})();
