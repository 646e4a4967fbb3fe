#include "app/app.h"

namespace leerregie
{

const char* screen_name(Screen screen)
{
    switch (screen)
    {
    case Screen::Intro: return "intro";
    case Screen::Error: return "error";
    }
    return "error";
}

} // namespace leerregie
