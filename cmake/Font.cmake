# The UI font: Noto Sans (Debian package fonts-noto-core) subset with fonttools to the glyphs the app
# shows, so the wasm carries about 40 KB of font instead of 500 KB. The same ranges are given to
# ImGui in src/platform (keep the two lists in step).

set(LEERREGIE_FONT_UNICODES "U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2190-2193,U+2212"
    CACHE STRING "Code points kept in the subset font")
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
