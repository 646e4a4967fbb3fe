# The UI font: Noto Sans (Debian package fonts-noto-core) subset with fonttools to the glyphs the app
# shows, so the wasm carries about 36 KB of font instead of 1 MB: ASCII and Latin-1 (Dutch,
# English and the other Western European languages a trainer's questionnaire may use), and the
# dashes, quotes, bullet, ellipsis and euro sign of the texts. The font atlas (src/platform) starts
# with ASCII and the characters the built-in texts use, and adds others as text brings them.

set(LEERREGIE_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC")
find_program(PYFTSUBSET pyftsubset REQUIRED)

function(leerregie_subset_font output source)
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${PYFTSUBSET}" "${source}" "--unicodes=${LEERREGIE_FONT_UNICODES}" "--output-file=${output}"
                --layout-features=kern --no-hinting --desubroutinize --name-IDs=1,2
        DEPENDS "${source}"
        COMMENT "Subsetting ${source}"
        VERBATIM)
endfunction()
