#include "app/app.h"

#include <algorithm>
#include <random>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/report.h"
#include "core/result_code.h"

namespace leerregie
{

const char* screen_name(Screen screen)
{
    switch (screen)
    {
    case Screen::Loading: return "loading";
    case Screen::Intro: return "intro";
    case Screen::Question: return "question";
    case Screen::Results: return "results";
    case Screen::Plan: return "plan";
    case Screen::Report: return "report";
    case Screen::Group: return "group";
    case Screen::Error: return "error";
    }
    return "error";
}

const char* const settings_key = "leerregie.settings";

std::string storage_key(const std::string& questionnaire_id) { return "leerregie.answers." + questionnaire_id; }

std::string group_storage_key(const std::string& questionnaire_id) { return "leerregie.group." + questionnaire_id; }

std::string group_share_storage_key(const std::string& questionnaire_id)
{
    return "leerregie.groupshare." + questionnaire_id;
}

long long answers_revision(const Answers& answers)
{
    const auto found = answers.other_fields.find("revision");
    if (found == answers.other_fields.end() || !found->is_number_integer())
        return 0;
    return std::max(0LL, found->get<long long>());
}

namespace
{

// The random part of a new scan's result code (result_code.h). std::random_device reads the
// system's random source (in the browser, crypto.getRandomValues).
void give_new_scan(Answers& answers) { answers.other_fields["scan"] = std::random_device()() % result_code_scan_limit; }

constexpr const char* settings_format = "leerregie-settings";
constexpr int settings_version = 1;

constexpr std::pair<Theme, const char*> theme_names[] = {
    {Theme::Light, "light"}, {Theme::Dark, "dark"}, {Theme::Contrast, "contrast"}};

}  // namespace

std::optional<Theme> theme_named(std::string_view name)
{
    for (const auto& [theme, theme_name] : theme_names)
        if (name == theme_name)
            return theme;
    return std::nullopt;
}

const char* theme_name(Theme theme)
{
    for (const auto& [value, name] : theme_names)
        if (value == theme)
            return name;
    return "light";
}

void App::build_steps()
{
    steps.clear();
    const Section* previous = nullptr;
    const Answers asked = asked_answers(questionnaire, answers);
    for (const Item& item : questionnaire.items)
    {
        if (!is_asked(item, asked))
            continue;
        const Section* section = questionnaire.find_section(item.section);
        if (section && section != previous)
            steps.push_back({section, nullptr});
        previous = section;
        steps.push_back({nullptr, &item});
    }
}

void App::start_scan(Variant variant)
{
    const bool switched = !answers.answers.empty() && answers.variant != variant;
    if (answers.answers.empty())
    {
        Answers fresh;
        fresh.questionnaire = questionnaire.id;
        fresh.variant = variant;
        fresh.plan = answers.plan;
        fresh.other_fields = answers.other_fields;  // the revision goes on
        give_new_scan(fresh);
        answers = fresh;
    }
    // The other variant keeps every answer: most items are in both, and the others stay in the
    // file (unscored in this variant), so switching back finds them again.
    answers.variant = variant;
    answers.language = language;
    build_steps();
    if (switched)
    {
        const auto unanswered = std::find_if(steps.begin(), steps.end(), [&](const Step& s) {
            return s.item && answers.answers.count(s.item->id) == 0;
        });
        answers.position = unanswered == steps.end() ? 0 : int(unanswered - steps.begin());
    }
    step = std::clamp(answers.position, 0, std::max(0, int(steps.size()) - 1));
    screen = steps.empty() ? Screen::Results : Screen::Question;
    notice.clear();
    if (switched)
    {
        const long kept = std::count_if(steps.begin(), steps.end(),
                                        [&](const Step& s) { return s.item && answers.answers.count(s.item->id) > 0; });
        const bool all_asked = kept == long(answers.answers.size());
        notice = format_text(text(all_asked ? "ui.notice.variant_kept_all" : "ui.notice.variant_kept"),
                             {std::to_string(kept)});
    }
    save();
}

void App::choose(std::optional<int> answer)
{
    const Item* item = current().item;
    if (!item)
        return;
    answers.answers[item->id] = answer;
    answers_before_import.reset();
    // An answer can skip later questions (no manager, self-employed); they come before nothing
    // already asked, so the current step keeps its place.
    build_steps();
    save();
}

bool App::step_answered() const
{
    const Step& here = current();
    return !here.item || answers.answers.count(here.item->id) > 0;
}

void App::next()
{
    advance_at = -1.0;
    notice.clear();  // a message from start-up has been seen once the person moves on
    if (step + 1 < int(steps.size()))
    {
        ++step;
        answers.position = step;
        save();
    }
    else
        show_results();
}

void App::back()
{
    advance_at = -1.0;
    notice.clear();
    if (step > 0)
    {
        --step;
        answers.position = step;
        save();
    }
    else
        screen = Screen::Intro;
}

int App::question_number() const
{
    int number = 0;
    for (int i = 0; i <= step && i < int(steps.size()); ++i)
        number += steps[size_t(i)].item != nullptr;
    return std::max(number, 1);
}

int App::question_count() const
{
    return int(std::count_if(steps.begin(), steps.end(), [](const Step& s) { return s.item != nullptr; }));
}

const Section* App::current_section() const
{
    for (int i = step; i >= 0; --i)
    {
        const Step& s = steps[size_t(i)];
        if (s.section)
            return s.section;
        if (s.item)
            if (const Section* section = questionnaire.find_section(s.item->section))
                return section;
    }
    return nullptr;
}

void App::show_results()
{
    if (!load_catalogues())
        return;
    assessment = assess(questionnaire, advice, profiles, answers);
    screen = Screen::Results;
    answers.position = int(steps.size());
    save();
}

void App::merge_newer(const Answers& newer)
{
    Answers merged = newer;
    for (const auto& [id, option] : answers.answers)
        if (const auto before = synced.answers.find(id); before == synced.answers.end() || before->second != option)
            merged.answers[id] = option;
    for (auto [mine, before, theirs] : {std::tuple{&answers.plan.goal, &synced.plan.goal, &merged.plan.goal},
                                        {&answers.plan.first_step, &synced.plan.first_step, &merged.plan.first_step},
                                        {&answers.plan.helper, &synced.plan.helper, &merged.plan.helper},
                                        {&answers.plan.when, &synced.plan.when, &merged.plan.when}})
        if (*mine != *before)
            *theirs = *mine;
    if (answers.variant != synced.variant)
        merged.variant = answers.variant;
    if (answers.position != synced.position)
        merged.position = answers.position;
    if (answers.language != synced.language)
        merged.language = answers.language;
    answers = std::move(merged);
    build_steps();
    step = std::clamp(step, 0, std::max(0, int(steps.size()) - 1));
    if (assessment)
        assessment = assess(questionnaire, advice, profiles, answers);
}

void App::save()
{
    if (saved_copy_kept)
    {
        notice = text("ui.notice.storage_kept_not_saving");
        return;
    }
    if (!storage.set)
        return;
    const std::string key = storage_key(questionnaire.id);
    // Another tab may have saved since this one last read or wrote: its answers are newer, so they
    // are kept, with this tab's own changes since then on top.
    if (storage.get)
        if (const std::optional<std::string> stored = storage.get(key))
            if (Loaded<Answers> theirs = parse_answers(*stored);
                theirs.value && theirs.value->questionnaire == questionnaire.id &&
                answers_revision(*theirs.value) > answers_revision(synced))
            {
                merge_newer(*theirs.value);
                notice = text("ui.notice.other_tab_merged");
            }
    answers.other_fields["revision"] = std::max(answers_revision(answers), answers_revision(synced)) + 1;
    if (storage.set(key, serialize_answers(answers)))
        synced = answers;
    else
        notice = text("ui.notice.storage_failed");
}

void App::storage_changed(const std::string& key)
{
    if (key == settings_key)
    {
        restore_settings();  // chosen in another tab, or cleared there
        return;
    }
    if (key == group_share_storage_key(questionnaire.id))
    {
        restore_group_share();  // a link opened in another tab, or "Alles wissen" there
        return;
    }
    if (group_view && key == group_storage_key(questionnaire.id))
    {
        restore_group_codes();  // a participant's link opened in another tab added a code
        return;
    }
    if (key != storage_key(questionnaire.id) || !storage.get || saved_copy_kept)
        return;
    const std::optional<std::string> stored = storage.get(key);
    if (!stored)
    {
        // "Alles wissen" in another tab: everything is everything, here too.
        if (answers.answers.empty() && answers.plan.empty())
            return;
        Answers fresh;
        fresh.questionnaire = questionnaire.id;
        fresh.variant = answers.variant;
        answers = synced = fresh;
        answers_before_import.reset();
        assessment.reset();
        steps.clear();
        step = 0;
        if (screen != Screen::Group && screen != Screen::Error && screen != Screen::Loading)
            screen = Screen::Intro;
        notice = text("ui.notice.other_tab_cleared");
        return;
    }
    Loaded<Answers> theirs = parse_answers(*stored);
    if (!theirs.value || theirs.value->questionnaire != questionnaire.id ||
        answers_revision(*theirs.value) <= answers_revision(synced))
        return;
    const bool was_empty = answers.answers.empty();
    merge_newer(*theirs.value);
    synced = *theirs.value;
    notice = text("ui.notice.other_tab_newer");
    // A tab still on its intro continues where the other one is.
    if (was_empty && screen == Screen::Intro && !answers.answers.empty())
        step = std::clamp(answers.position, 0, std::max(0, int(steps.size()) - 1));
}

namespace
{

// The version problem among a file's problems, if that is what keeps it from being read.
const Problem* version_problem(const std::vector<Problem>& problems)
{
    for (const Problem& problem : problems)
        if ((problem.code == "version_too_old" || problem.code == "version_too_new") && problem.args.size() == 2)
            return &problem;
    return nullptr;
}

}  // namespace

void App::resume()
{
    if (!storage.get)
        return;
    const std::string key = storage_key(questionnaire.id);
    const std::optional<std::string> saved = storage.get(key);
    if (!saved)
        return;
    // Whatever happens below, the saved text is never lost: when it cannot be used whole, it is
    // kept under another key (docs/privacy.md) until "Alles wissen", and only once that copy is
    // written is anything written over it. When there is no room for the copy, the saved text
    // stays where it is and nothing is saved over it.
    const auto set_aside = [&] {
        if (storage.set && storage.set(key + ".damaged", *saved))
            return true;
        saved_copy_kept = true;
        return false;
    };
    Loaded<Answers> loaded = parse_answers(*saved);
    if (!loaded.value || loaded.value->questionnaire != questionnaire.id)
    {
        // Unreadable, from another format version, or not these questions' answers: start afresh.
        if (!set_aside())
            notice = text("ui.notice.storage_not_set_aside");
        else if (storage.remove)
            storage.remove(key);
        if (saved_copy_kept)
            return;
        if (const Problem* version = version_problem(loaded.problems))
            notice = format_text(text("ui.notice.storage_" + version->code), {version->args[0], version->args[1]});
        else
            notice = text("ui.notice.storage_damaged");
        return;
    }
    synced = *loaded.value;
    // The questions may have changed since the answers were saved: keep what still fits.
    FittingAnswers fitting = keep_fitting_answers(questionnaire, *loaded.value);
    answers = std::move(fitting.answers);
    if (!scan_of(answers))
        give_new_scan(answers);  // saved before codes had a scan part
    if (!answers.language.empty() && (answers.language == "nl" || answers.language == "en"))
        language = answers.language;
    if (fitting.left_out > 0 && !set_aside())
    {
        // Without the copy, the answers that no longer fit would be lost by saving: use what fits
        // in this visit, and leave the saved text as it is.
        notice = text("ui.notice.questionnaire_changed_not_set_aside");
    }
    else if (fitting.left_out > 0)
    {
        save();
        notice = fitting.left_out == 1
                     ? text("ui.notice.questionnaire_changed_one")
                     : format_text(text("ui.notice.questionnaire_changed_many"), {std::to_string(fitting.left_out)});
    }
    build_steps();
    if (answers.answers.empty())
        return;
    if (answers.position >= int(steps.size()))
        show_results();
    else
    {
        step = std::clamp(answers.position, 0, std::max(0, int(steps.size()) - 1));
        screen = Screen::Question;
    }
}

bool App::import_answers(const std::string& text_of_file)
{
    Loaded<Answers> loaded = parse_answers(text_of_file);
    std::vector<Problem> problems = loaded.problems;
    if (loaded.value)
        problems = check_answers(questionnaire, *loaded.value);
    if (!problems.empty())
    {
        notice = text("ui.notice.import_failed") + " ";
        if (const Problem* version = version_problem(problems))
        {
            notice += format_text(text("ui.notice.import_" + version->code), {version->args[0], version->args[1]});
            return false;
        }
        notice += describe(problems.front(), strings, language);
        if (problems.size() > 1)
            notice += " " + format_text(text("ui.notice.more_problems"), {std::to_string(problems.size() - 1)});
        return false;
    }
    // An import writes over what the person answered: it can be undone (WCAG 3.3.4).
    if (!answers.answers.empty() || !answers.plan.goal.empty())
        answers_before_import = answers;
    answers = std::move(*loaded.value);
    if (!scan_of(answers))
        give_new_scan(answers);
    build_steps();
    show_results();
    notice = text("ui.notice.imported");
    return true;
}

void App::undo_import()
{
    if (!answers_before_import)
        return;
    answers = std::move(*answers_before_import);
    answers_before_import.reset();
    build_steps();
    if (answers.position >= int(steps.size()))
        show_results();
    else
    {
        assessment.reset();
        step = std::clamp(answers.position, 0, std::max(0, int(steps.size()) - 1));
        screen = Screen::Question;
        save();
    }
    notice = text("ui.notice.import_undone");
}

std::string App::export_answers() const { return serialize_answers(answers); }

std::string App::report_html(const std::string& date) const
{
    const Assessment result = assessment ? *assessment : assess(questionnaire, advice, profiles, answers);
    return render_report_html({questionnaire, profiles, answers, result, strings, references, language, date});
}

void App::clear_everything()
{
    const std::string& builtin_id = builtin_questionnaire().id;
    if (storage.remove)
    {
        storage.remove(storage_key(questionnaire.id));
        storage.remove(storage_key(questionnaire.id) + ".damaged");
        // With an own questionnaire in use, the built-in scan's answers go too: everything is everything.
        if (!builtin_id.empty() && builtin_id != questionnaire.id)
        {
            storage.remove(storage_key(builtin_id));
            storage.remove(storage_key(builtin_id) + ".damaged");
        }
        storage.remove(settings_key);
        storage.remove(group_storage_key(questionnaire.id));
        if (!builtin_id.empty() && builtin_id != questionnaire.id)
            storage.remove(group_storage_key(builtin_id));
        storage.remove(group_share_storage_key(questionnaire.id));
        if (!builtin_id.empty() && builtin_id != questionnaire.id)
            storage.remove(group_share_storage_key(builtin_id));
    }
    group_share.reset();
    group_share_open = false;
    group_codes.clear();
    read_group_codes();
    own_settings = {};
    apply_settings();
    if (clear_offline_copy)
        clear_offline_copy();
    Answers fresh;
    fresh.questionnaire = questionnaire.id;
    answers = synced = fresh;
    saved_copy_kept = false;
    assessment.reset();
    steps.clear();
    step = 0;
    screen = Screen::Intro;
    confirm_clear = false;
    settings_open = false;
    notice = text("ui.notice.cleared");
}

std::string App::result_code() const
{
    const Assessment result = assessment ? *assessment : assess(questionnaire, advice, profiles, answers);
    return encode_result_code(questionnaire, profiles,
                              make_result_code(questionnaire, result.scores, result.profile.id, answers.variant,
                                               scan_of(answers).value_or(0)));
}

void App::read_group_codes()
{
    if (!load_catalogues())
        return;
    group_list = read_code_list(questionnaire, profiles, group_codes);
    group = summarize_group(questionnaire, advice, profiles, group_list.codes);
    group_places.clear();
    for (const ResultCode& code : group_list.codes)
        group_places.push_back(determine_profile(questionnaire, scores_of(questionnaire, code), profiles));
    encode_group_picture();
}

void App::encode_group_picture()
{
    const std::optional<GroupShare> share = make_group_share(group, group_minimum);
    group_share_code = share ? encode_group_share(questionnaire, profiles, *share) : std::string();
}

void App::group_codes_changed()
{
    read_group_codes();
    if (!storage.set)
        return;
    if (group_codes.empty())
    {
        if (storage.remove)
            storage.remove(group_storage_key(questionnaire.id));
    }
    else if (!storage.set(group_storage_key(questionnaire.id), group_codes))
        notice = text("ui.group.not_kept");  // the list still works in this tab
}

void App::add_group_codes(const std::vector<std::string>& codes)
{
    bool added = false;
    for (const std::string& code : codes)
    {
        std::string_view line = code;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\r' || line.front() == '\n'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\n'))
            line.remove_suffix(1);
        if (line.empty() || ("\n" + group_codes + "\n").find("\n" + std::string(line) + "\n") != std::string::npos)
            continue;
        if (!group_codes.empty() && group_codes.back() != '\n')
            group_codes += '\n';
        group_codes += line;
        added = true;
    }
    if (added)
        group_codes_changed();
}

bool App::code_scanned(std::string_view text)
{
    const size_t fragment = text.find('#');
    const std::vector<std::string> codes = fragment == std::string_view::npos
                                               ? std::vector<std::string>{std::string(text)}
                                               : codes_in_link_fragment(text.substr(fragment + 1));
    scan_refused = true;
    if (codes.size() != 1)
    {
        scan_message = this->text("ui.scanner.not_a_code");
        return false;
    }
    Loaded<ResultCode> read = decode_result_code(questionnaire, profiles, codes.front());
    if (!read.value)
    {
        Problem problem = read.problems.front();
        problem.path = this->text("ui.scanner.this_code");
        scan_message = describe(problem, strings, language);
        return false;
    }
    // As the code reads, whatever its case or dashes: the same code twice counts once.
    const std::string code = encode_result_code(questionnaire, profiles, *read.value);
    const bool counted = std::any_of(group_list.codes.begin(), group_list.codes.end(), [&](const ResultCode& listed) {
        return encode_result_code(questionnaire, profiles, listed) == code;
    });
    if (counted)
    {
        scan_refused = false;
        scan_message = this->text("ui.scanner.already_counted");
        return false;
    }
    add_group_codes({code});
    ++codes_scanned;
    scan_refused = false;
    scan_message = format_text(this->text("ui.scanner.added"), {std::to_string(group.participants)});
    return true;
}

void App::remove_last_group_code()
{
    std::string_view kept = group_codes;
    while (!kept.empty() && (kept.back() == '\n' || kept.back() == '\r' || kept.back() == ' '))
        kept.remove_suffix(1);
    const size_t line_start = kept.rfind('\n');
    kept = kept.substr(0, line_start == std::string_view::npos ? 0 : line_start);
    group_codes = std::string(kept);
    group_codes_changed();
}

void App::codes_linked(std::vector<std::string> codes)
{
    if (screen == Screen::Group)
        add_group_codes(codes);
    else
        linked_codes.insert(linked_codes.end(), codes.begin(), codes.end());
}

void App::restore_group_codes()
{
    const std::optional<std::string> kept =
        storage.get ? storage.get(group_storage_key(questionnaire.id)) : std::nullopt;
    group_codes = kept.value_or("");
    read_group_codes();
}

std::string App::group_share_link(const std::string& address) const
{
    return group_share_code.empty() ? std::string() : address + "#" + link_fragment_sharing(group_share_code);
}

void App::group_share_linked(const std::string& encoded)
{
    if (screen == Screen::Loading)
    {
        linked_group_share = encoded;  // checked against the trainer's questionnaire once it is here
        return;
    }
    if (!load_catalogues())
        return;
    Loaded<GroupShare> read = decode_group_share(questionnaire, profiles, encoded);
    if (!read.ok())
    {
        // The problem's words without a path: a link has no lines.
        Problem problem = read.problems.front();
        problem.path.clear();
        std::string why = describe(problem, strings, language);
        why.erase(0, why.find_first_not_of(": "));
        notice = format_text(text("ui.groupshare.refused"), {why});
        return;
    }
    group_share = std::move(read.value);
    // Kept as the app writes it, whatever case and spacing the link had.
    if (storage.set && !storage.set(group_share_storage_key(questionnaire.id),
                                    encode_group_share(questionnaire, profiles, *group_share)))
        notice = text("ui.groupshare.not_kept");
}

void App::restore_group_share()
{
    group_share.reset();
    const std::optional<std::string> kept =
        storage.get && !group_view ? storage.get(group_share_storage_key(questionnaire.id)) : std::nullopt;
    if (!kept || !load_catalogues())
        return;
    Loaded<GroupShare> read = decode_group_share(questionnaire, profiles, *kept);
    if (read.ok())
        group_share = std::move(read.value);
}

void App::forget_group_share()
{
    group_share.reset();
    if (storage.remove)
        storage.remove(group_share_storage_key(questionnaire.id));
}

std::string App::group_csv(const std::string& date) const
{
    return render_group_csv({questionnaire, profiles, group, strings, language, date, group_minimum});
}

std::string App::group_html(const std::string& date) const
{
    return render_group_html({questionnaire, profiles, group, strings, language, date, group_minimum});
}

void App::set_language(const std::string& new_language)
{
    language = new_language;
    answers.language = new_language;
    if (!answers.answers.empty())
        save();
}

void App::choose_theme(Theme chosen)
{
    own_settings.theme = chosen;
    setting_chosen();
}

void App::choose_text_size(int chosen_step)
{
    own_settings.text_size_step = std::clamp(chosen_step, 0, text_size_steps - 1);
    setting_chosen();
}

void App::choose_auto_advance(bool on)
{
    own_settings.auto_advance = on;
    setting_chosen();
}

void App::choose_number_keys(bool on)
{
    own_settings.number_keys = on;
    setting_chosen();
}

void App::choose_group_minimum(int minimum)
{
    own_settings.group_minimum = std::clamp(minimum, group_minimum_lowest, group_minimum_default);
    setting_chosen();
}

void App::setting_chosen()
{
    apply_settings();
    save_settings();
}

void App::apply_settings()
{
    theme = own_settings.theme ? *own_settings.theme
            : asked_theme      ? *asked_theme
            : system.contrast  ? Theme::Contrast
            : system.dark      ? Theme::Dark
                               : Theme::Light;
    // The trainer's group view starts in the largest type, for a projector.
    text_size_step = own_settings.text_size_step.value_or(group_view ? text_size_steps - 1 : default_text_size_step);
    auto_advance = own_settings.auto_advance.value_or(true);
    if (!auto_advance)
        advance_at = -1.0;  // a choice made just before waits for the person too
    number_keys = own_settings.number_keys.value_or(true);
    if (const int minimum = own_settings.group_minimum.value_or(group_minimum_default); minimum != group_minimum)
    {
        group_minimum = minimum;
        encode_group_picture();
    }
}

void App::save_settings()
{
    if (!storage.set)
        return;
    nlohmann::json saved = {{"format", settings_format}, {"version", settings_version}};
    if (own_settings.theme)
        for (const auto& [theme_value, name] : theme_names)
            if (theme_value == *own_settings.theme)
                saved["theme"] = name;
    if (own_settings.text_size_step)
        saved["text_size"] = *own_settings.text_size_step;
    if (own_settings.auto_advance)
        saved["auto_advance"] = *own_settings.auto_advance;
    if (own_settings.number_keys)
        saved["number_keys"] = *own_settings.number_keys;
    if (own_settings.group_minimum)
        saved["group_minimum"] = *own_settings.group_minimum;
    // When storage refuses, the choice still holds for this visit.
    storage.set(settings_key, saved.dump());
}

void App::restore_settings()
{
    own_settings = {};
    const std::optional<std::string> saved = storage.get ? storage.get(settings_key) : std::nullopt;
    const nlohmann::json read =
        saved ? nlohmann::json::parse(std::string_view(*saved), nullptr, false) : nlohmann::json();
    // Read by type, field by field: one out of range or of the wrong type leaves the others as chosen.
    const auto field = [&read](const char* name) {
        const auto found = read.is_object() ? read.find(name) : read.end();
        return found != read.end() ? &*found : nullptr;
    };
    const auto text_of = [&](const char* name) {
        const nlohmann::json* value = field(name);
        return value && value->is_string() ? value->get_ref<const std::string&>() : std::string();
    };
    const auto number_of = [&](const char* name) {
        const nlohmann::json* value = field(name);
        return value && value->is_number_integer() ? std::optional<int>(value->get<int>()) : std::nullopt;
    };
    const auto flag_of = [&](const char* name) {
        const nlohmann::json* value = field(name);
        return value && value->is_boolean() ? std::optional<bool>(value->get<bool>()) : std::nullopt;
    };
    if (text_of("format") == settings_format && number_of("version") == settings_version)
    {
        own_settings.theme = theme_named(text_of("theme"));
        if (const std::optional<int> step = number_of("text_size"); step && *step >= 0 && *step < text_size_steps)
            own_settings.text_size_step = step;
        own_settings.auto_advance = flag_of("auto_advance");
        own_settings.number_keys = flag_of("number_keys");
        if (const std::optional<int> minimum = number_of("group_minimum");
            minimum && *minimum >= group_minimum_lowest && *minimum <= group_minimum_default)
            own_settings.group_minimum = minimum;
    }
    apply_settings();
}

void App::open_first_screen()
{
    Answers fresh;
    fresh.questionnaire = questionnaire.id;
    fresh.variant = asked_variant;
    answers = synced = fresh;
    saved_copy_kept = false;
    assessment.reset();
    steps.clear();
    step = 0;
    screen = Screen::Intro;
    resume();
    if (asked_language == "nl" || asked_language == "en")
        language = asked_language;
    // A kept group picture is read with the catalogues (load_catalogues), after the first frame.
    if (catalogues_loaded)
        restore_group_share();
    if (!linked_group_share.empty() && !group_view)
        group_share_linked(std::exchange(linked_group_share, {}));
    if (group_view)
    {
        screen = Screen::Group;
        notice.clear();
        restore_group_codes();  // codes are read against the questionnaire now in use
        add_group_codes(std::exchange(linked_codes, {}));
    }
}

void App::own_questionnaire_loaded(std::string_view text_of_file)
{
    Loaded<Questionnaire> loaded = load_own_questionnaire(text_of_file, {builtin_text, builtin_questionnaire()});
    if (!loaded.ok())
    {
        errors.clear();
        for (const Problem& problem : loaded.problems)
            errors.push_back(describe(problem, strings, language));
        error_lead = format_text(text("ui.own.invalid"), {"\"" + own_questionnaire + "\""});
        screen = Screen::Error;
        return;
    }
    if (!own_questionnaire_in_use)
    {
        kept_builtin_questionnaire = std::move(questionnaire);
        own_questionnaire_in_use = true;
    }
    questionnaire = std::move(*loaded.value);
    errors.clear();
    open_first_screen();
}

void App::own_questionnaire_failed(std::string message)
{
    errors.clear();
    error_lead = std::move(message);
    screen = Screen::Error;
}

void App::use_builtin_questionnaire()
{
    if (own_questionnaire_in_use)
    {
        questionnaire = std::move(kept_builtin_questionnaire);
        kept_builtin_questionnaire = Questionnaire();
        own_questionnaire_in_use = false;
    }
    own_questionnaire.clear();
    errors.clear();
    error_lead.clear();
    if (forget_own_questionnaire)
        forget_own_questionnaire();
    open_first_screen();
}

}  // namespace leerregie
