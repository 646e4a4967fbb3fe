// Start-up, as the browser runs it and the native tests repeat it: the settings the page's address
// and the browser ask for, the built-in content the first screen needs, a trainer's own
// questionnaire when the address names one, saved progress, and then the screens. The profiles,
// advice and references follow after the first frame (App::load_catalogues), or sooner when a
// screen needs them.
#pragma once

#include "app/app.h"
#include "platform/platform.h"

namespace leerregie
{

// The built-in strings and questionnaire (embedded.h), the questionnaire kept as the built-in one.
// False, with app.errors saying what is wrong, when they do not load.
bool load_builtin_content(App& app);

// Starts the app in steps, so that a slow phone's page is never held up long: at once (1) the
// settings from the address and (2) the strings; then, each in a task of its own
// (platform::post_task), (3) the questionnaire, and (4) a trainer's own questionnaire fetched or
// saved progress resumed, with the screens drawn by `screens` from then on (platform::run).
// `app` stays in use for the whole visit.
void start_app(App& app, platform::AppHooks screens);

}  // namespace leerregie
