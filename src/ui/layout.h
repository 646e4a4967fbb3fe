// Shared building blocks of the screens: a centred reading column that scrolls by touch with
// inertia, the few widget styles the app uses, and the accessible mirror — every widget drawn
// here also exists as a real HTML control (platform::set_accessible_controls), and activating
// that control acts exactly like tapping the widget.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "imgui.h"

namespace leerregie::ui
{

// Sizes in CSS pixels; css() turns them into ImGui's device pixels.
constexpr float column_max_width = 680.0f;
constexpr float touch_target_height = 52.0f;

float css(float css_pixels);
float column_width();

// Whether a swipe keeps scrolling after the finger lets go (off when the system asks for reduced motion).
void set_scroll_inertia(bool on);

// One frame of the mirror: begin before drawing a screen, end after.
void mirror_begin_frame();
void mirror_end_frame();

// Starts the full-window screen and its centred, scrolling column (at most `max_width` CSS pixels
// wide); end with end_screen().
void begin_screen(const char* id, float max_width = column_max_width);
void end_screen();

void heading(std::string_view text);
void subheading(std::string_view text);  // a heading under heading(), in bold
void bold_text(std::string_view text);   // bold, but not a heading: a summary, a field's label
void paragraph(std::string_view text);
void muted(std::string_view text);
void spacer(float css_pixels);
// A name in bold on the left and its value on the right of one line, e.g. a dimension and its
// score; the mirror reads "name: value".
void label_value(std::string_view label, std::string_view value);
// Text in the heading font, centred in the column, e.g. a result code to read out.
void display_text(std::string_view text);

// Buttons a full column wide and at least touch_target_height high; true when pressed (by
// tap, click, keyboard or through the mirror).
bool primary_button(const char* id, std::string_view label, bool enabled = true);
bool secondary_button(const char* id, std::string_view label, bool enabled = true);
// Two buttons side by side; returns 1 or 2 for the one pressed, 0 for none.
int button_pair(const char* first_id, std::string_view first_label, bool first_enabled, const char* second_id,
                std::string_view second_label, bool second_enabled);
// A small button in the top bar.
bool small_button(const char* id, std::string_view label);
// An answer option, drawn as a large selectable row; a radio in the mirror, whose options of one
// `group` form a radio group there.
bool option_button(const char* id, std::string_view label, bool selected, std::string_view group);
// Whether the option_button that last returned true was checked by an arrow key in its radio group:
// that selects, and nothing moves on by itself.
bool option_chosen_by_arrow_key();
// A multi-line text field. It is a real <textarea> placed over the canvas, so the phone's
// keyboard, autocorrect and every Dutch character work as in any web page. It stops at
// `max_characters` (text.h's limits) and then shows `limit_message` under it.
bool text_field(const char* id, std::string_view label, std::string& value, float css_height, size_t max_characters,
                std::string_view limit_message);

// Names the item just drawn (a chart drawn with ImDrawList) for the mirror: an image whose
// description is `description`, at the item's place.
void picture(const char* id, std::string_view description);
// Names the item just drawn as the progress bar: `text` says the progress in words ("Vraag 3 van
// 15"), `value` of `maximum` in numbers.
void describe_progress(std::string_view text, int value, int maximum);
// A message that comes and goes on a screen: a status (polite) or an alert (what went wrong, said
// at once). The mirror's element keeps its `id`, so it is announced when its text changes, once.
void status_message(const char* id, std::string_view text);
void alert_message(const char* id, std::string_view text);
// A list a screen reader walks item by item: list_item() starts each item, and the texts drawn
// until the next one (label_value, muted, ...) are its words; end_list() closes it.
void begin_list(std::string_view name);
void list_item();
void end_list();

// Marks the control just added to the mirror as written in `language` ("nl", "en"), such as a
// language's own name on a screen in another language, so that a screen reader says it right.
void in_language(std::string_view language);
// Scrolls the screen so that the item just drawn is in view (with a little room around it), from
// `top` (a y as ImGui's) when given.
void scroll_into_view(std::optional<float> top = std::nullopt);
// A horizontal bar for a score from 0 to 100 (nullopt: no score).
void score_bar(float value, bool has_value);
// A tinted box around text, e.g. an advice item's first step.
void callout(std::string_view label, std::string_view text);

// The text colour on the theme's accent colour (primary buttons, filled bars).
ImVec4 accent_text();
// The text colour for what went wrong; in the high-contrast theme plain black (the words say it).
ImVec4 error_text();

}  // namespace leerregie::ui
