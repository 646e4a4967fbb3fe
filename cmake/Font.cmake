# The UI font: Noto Sans (Debian package fonts-noto-core) subset with fonttools to the glyphs the app
# shows, so the wasm carries a small fraction of the whole font: ASCII, the letters of Latin-1
# (Dutch, English and the other Western European languages a trainer's questionnaire may use) with
# its everyday signs (no-break space, pound, section, copyright, guillemets, degrees, squared,
# middle dot, one half), and the dashes, quotes, bullet, ellipsis and euro sign of the texts. The
# font atlas (src/platform) starts with ASCII and the characters the built-in texts use, and adds
# others as text brings them. No layout tables: Dear ImGui places glyphs by their advances alone,
# so kerning would be dead weight.

set(LEERREGIE_FONT_UNICODES "U+0020-007E,U+00A0,U+00A3,U+00A7,U+00A9,U+00AB,U+00B0-00B2,U+00B7,U+00BB,U+00BD,U+00C0-00FF,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC")
find_program(PYFTSUBSET pyftsubset REQUIRED)

# leerregie_subset_font(OUTPUT SOURCE [TEXT_FILE]): with a text file, only ASCII and the characters
# in it (the bold font: src/platform draws other characters from the regular font behind it).
function(leerregie_subset_font output source)
    set(unicodes "${LEERREGIE_FONT_UNICODES}")
    set(text_option "")
    set(text_file "")
    if(ARGC GREATER 2)
        set(unicodes "U+0020-007E")
        set(text_file "${ARGV2}")
        set(text_option "--text-file=${text_file}")
    endif()
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${PYFTSUBSET}" "${source}" "--unicodes=${unicodes}" ${text_option} "--output-file=${output}"
                --layout-features= --no-hinting --desubroutinize --name-IDs=1,2
        DEPENDS "${source}" ${text_file}
        COMMENT "Subsetting ${source}"
        VERBATIM)
endfunction()
