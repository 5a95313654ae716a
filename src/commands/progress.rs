//! `kltutor progress`: what the student has done, and `--reset` to start over.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};

use textwrap::core::display_width;

use crate::cli::ProgressFormat;
use crate::lesson::Lesson;
use crate::lesson::builtin::Builtin;
use crate::lesson::catalog::Origin;
use crate::progress::{Progress, Store};
use crate::review::{self, Clock, Skill, SkillOf, Time};
use crate::t;
use crate::visible::visible;

use super::Failure;

fn store() -> Result<Store, Failure> {
    Store::default_location().ok_or_else(|| Failure::usage(t!("progress-no-folder")))
}

pub fn run(reset: bool, yes: bool, format: ProgressFormat) -> Result<String, Failure> {
    let store = store()?;
    if reset {
        return clear(&store, yes);
    }
    let (progress, warning) = store.load();
    if let Some(warning) = warning {
        eprintln!("{}", t!("progress-warning", warning = warning));
    }
    let now = Clock::System.now();
    match format {
        ProgressFormat::Json => return Ok(json(&progress, now)),
        ProgressFormat::Csv => return Ok(csv(&progress)),
        ProgressFormat::Text => {}
    }
    let path = store.path.display().to_string();
    let path = visible(&path);
    if progress.lessons.is_empty() && progress.skills.is_empty() {
        return Ok(format!("{}\n", t!("progress-none", path = path)));
    }
    let states = [t!("progress-started"), t!("progress-completed")];
    let state_width = states.iter().map(|s| display_width(s)).max().unwrap_or(0);
    let numbers = course_numbers();
    let mut lessons: Vec<(&String, &crate::progress::LessonProgress)> =
        progress.lessons.iter().collect();
    lessons.sort_by_key(|(key, _)| (numbers.get(*key).copied().unwrap_or(usize::MAX), *key));
    let mut out = String::new();
    for (key, p) in lessons {
        let right = p.right_first_time();
        let state = &states[usize::from(p.completed)];
        let pad = " ".repeat(state_width - display_width(state));
        let done = t!(
            "progress-line",
            page = p.page + 1,
            pages = p.pages,
            right = right,
            questions = p.questions
        );
        let title = visible(&p.title);
        let number = number_column(numbers.get(key).copied());
        out.push_str(&format!("{state}{pad}  {number}  {title}  {done}{}\n", file_note(key)));
    }
    out.push_str(&skills_text(&progress, now));
    out.push_str(&format!("\n{}\n", t!("progress-kept-in", path = path)));
    Ok(out)
}

/// The number the reader sees beside each lesson in `kltutor lessons` (and the browser), by
/// the key its progress is kept under; practice's skills take practice's number.
fn course_numbers() -> std::collections::HashMap<String, usize> {
    crate::lesson::catalog::listing(&[], crate::i18n::lang())
        .into_iter()
        .map(|l| (l.origin.progress_key(), l.number))
        .collect()
}

/// A lesson's number as a column two wide, blank for a lesson not listed.
fn number_column(number: Option<usize>) -> String {
    number.map_or_else(|| "  ".to_string(), |n| format!("{n:>2}"))
}

/// After a lesson of the reader's own, where its file is; nothing after a built-in lesson,
/// which its number and title name.
fn file_note(key: &str) -> String {
    match key.strip_prefix("builtin:") {
        Some(_) => String::new(),
        None => format!("  [{}]", visible(key)),
    }
}

/// The progress key of the lesson (or practice) a skill belongs to.
fn skill_lesson(id: &str) -> Option<String> {
    match review::skill_of(id)? {
        SkillOf::Practice(_) => Some(Origin::Practice.progress_key()),
        SkillOf::Question { lesson, .. } => Some(lesson),
    }
}

/// What a skill is, for people: the lesson's title and the question's prompt, or the practice
/// title and the topic's name. Lessons are read once each, from `lessons`.
fn describe(
    id: &str,
    progress: &Progress,
    lessons: &mut BTreeMap<String, Option<Lesson>>,
) -> (String, String) {
    match review::skill_of(id) {
        Some(SkillOf::Practice(topic)) => (t!("practice-title"), topic.name().to_string()),
        Some(SkillOf::Question { lesson: key, index }) => {
            let lesson = lessons.entry(key.clone()).or_insert_with(|| load(&key));
            let title = match (progress.lessons.get(&key), lesson.as_ref()) {
                (Some(p), _) => p.title.clone(),
                (None, Some(l)) => l.title.clone(),
                (None, None) => key.clone(),
            };
            let prompt = lesson.as_ref().and_then(|l| l.all_questions().nth(index));
            let prompt = prompt.map_or_else(
                || t!("progress-skill-question", number = index + 1),
                |q| q.prompt.clone(),
            );
            (title, prompt)
        }
        None => (id.to_string(), String::new()),
    }
}

/// The lesson kept under progress key `key`, if it still loads.
fn load(key: &str) -> Option<Lesson> {
    let origin = match key.strip_prefix("builtin:") {
        Some(id) => Origin::Builtin(Builtin::find(id)?),
        None => Origin::File(key.into()),
    };
    origin.read().ok().map(|loaded| loaded.lesson)
}

/// The date a skill is due, in UTC.
fn due_date(skill: &Skill) -> String {
    skill.memory.as_ref().map_or_else(String::new, |m| m.due.format("%Y-%m-%d").to_string())
}

/// The skills, one line each: due now, learning or mastered; the due date, the reviews, the
/// first-try rate and the stability.
fn skills_text(progress: &Progress, now: Time) -> String {
    if progress.skills.is_empty() {
        return String::new();
    }
    let states =
        [t!("progress-skill-due"), t!("progress-skill-learning"), t!("progress-skill-mastered")];
    let state_width = states.iter().map(|s| display_width(s)).max().unwrap_or(0);
    let due = review::due(&progress.skills, now).len();
    let mut out =
        format!("\n{}\n", t!("progress-skills", count = progress.skills.len(), due = due));
    let mut lessons = BTreeMap::new();
    // In course order: by the lesson's number, then the question's; the unlisted after.
    let numbers = course_numbers();
    let number_of = |id: &str| skill_lesson(id).and_then(|key| numbers.get(&key).copied());
    let mut skills: Vec<(&String, &Skill)> = progress.skills.iter().collect();
    skills.sort_by_key(|(id, _)| {
        let index = match review::skill_of(id) {
            Some(SkillOf::Question { index, .. }) => index,
            _ => 0,
        };
        (number_of(id).unwrap_or(usize::MAX), index, *id)
    });
    for (id, skill) in skills {
        let state = if skill.due(now) {
            &states[0]
        } else if skill.mastered() {
            &states[2]
        } else {
            &states[1]
        };
        let pad = " ".repeat(state_width - display_width(state));
        let (title, _) = describe(id, progress, &mut lessons);
        let name = match review::skill_of(id) {
            Some(of) => crate::tui::state::review_name(&of, &title),
            None => title,
        };
        let name = visible(&name);
        let rate = skill.first_try_rate().map_or(0, |r| (r * 100.0).round() as u32);
        let line = t!(
            "progress-skill-line",
            due = due_date(skill),
            reviews = skill.reviews as usize,
            rate = rate as usize,
            stability = crate::notation::Style::Unicode.decimal(skill.stability(), 1)
        );
        let number = number_column(number_of(id));
        let file = skill_lesson(id).map_or_else(String::new, |key| match review::skill_of(id) {
            Some(SkillOf::Question { .. }) => file_note(&key),
            _ => String::new(),
        });
        out.push_str(&format!("{state}{pad}  {number}  {name}  {line}{file}\n"));
    }
    out
}

/// The columns of `--format csv`, named in English whatever the language, so that files from
/// a whole class line up.
const CSV_COLUMNS: [&str; 9] = [
    "skill",
    "lesson",
    "prompt",
    "reviews",
    "first_try_rate",
    "stability_days",
    "due",
    "mastered",
    "lapses",
];

/// One row per skill (RFC 4180: fields with a comma, a quote or a line break are quoted):
/// a class's files can be put one after another and read by any spreadsheet.
fn csv(progress: &Progress) -> String {
    fn field(text: &str) -> String {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    let mut lessons = BTreeMap::new();
    for (id, skill) in &progress.skills {
        let (title, prompt) = describe(id, progress, &mut lessons);
        let row = [
            field(id),
            field(&title),
            field(&prompt),
            skill.reviews.to_string(),
            skill.first_try_rate().map_or_else(String::new, |r| format!("{r:.3}")),
            format!("{:.2}", skill.stability()),
            due_date(skill),
            skill.mastered().to_string(),
            skill.memory.as_ref().map_or(0, |m| m.lapses).to_string(),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Progress for scripts: every lesson, and every question with how it went. A lesson's own
/// file gives the prompts; one that no longer loads gives `null`.
fn json(progress: &Progress, now: Time) -> String {
    let lessons: Vec<serde_json::Value> = progress
        .lessons
        .iter()
        .map(|(key, p)| {
            let (key_name, key_value) = match key.strip_prefix("builtin:") {
                Some(id) => ("id", id.to_string()),
                None => ("path", key.clone()),
            };
            let origin = match key.strip_prefix("builtin:") {
                Some(id) => Builtin::find(id).map(Origin::Builtin),
                None => Some(Origin::File(key.into())),
            };
            let lesson = origin.and_then(|o| o.read().ok()).map(|loaded| loaded.lesson);
            let prompts: Vec<String> = lesson
                .iter()
                .flat_map(|l| l.all_questions().map(|q| q.prompt.clone()).collect::<Vec<_>>())
                .collect();
            let questions: Vec<serde_json::Value> = (0..p.questions)
                .map(|k| {
                    let r = p.results.get(&k).copied().unwrap_or_default();
                    serde_json::json!({
                        "number": k + 1,
                        "prompt": prompts.get(k),
                        "answered": r.answered,
                        "first_try_right": r.first_try_right,
                        "attempts": r.attempts,
                        "revealed": r.revealed,
                    })
                })
                .collect();
            let mut entry = serde_json::Map::new();
            entry.insert(key_name.into(), key_value.into());
            entry.insert("title".into(), p.title.clone().into());
            entry.insert("page".into(), (p.page + 1).into());
            entry.insert("pages".into(), p.pages.into());
            entry.insert("completed".into(), p.completed.into());
            entry.insert("right_first_time".into(), p.right_first_time().into());
            entry.insert("questions".into(), questions.into());
            serde_json::Value::Object(entry)
        })
        .collect();
    let mut names = BTreeMap::new();
    let skills: Vec<serde_json::Value> = progress
        .skills
        .iter()
        .map(|(id, skill)| {
            let (title, prompt) = describe(id, progress, &mut names);
            let memory = skill.memory.as_ref();
            serde_json::json!({
                "id": id,
                "lesson": title,
                "prompt": prompt,
                "reviews": skill.reviews,
                "right_first_time": skill.right,
                "first_try_rate": skill.first_try_rate(),
                "stability_days": skill.stability(),
                "difficulty": memory.map(|m| m.difficulty),
                "last_review": memory.map(|m| m.last_review.to_rfc3339()),
                "due": memory.map(|m| m.due.to_rfc3339()),
                "due_now": skill.due(now),
                "mastered": skill.mastered(),
            })
        })
        .collect();
    let all = serde_json::json!({
        "version": Progress::VERSION,
        "lessons": lessons,
        "skills": skills,
    });
    let mut out = serde_json::to_string_pretty(&all).expect("progress is plain data");
    out.push('\n');
    out
}

fn clear(store: &Store, yes: bool) -> Result<String, Failure> {
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::usage(t!("progress-reset-needs-terminal")));
        }
        let path = store.path.display().to_string();
        eprint!("{} ", t!("progress-reset-ask", path = visible(&path)));
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        if !matches!(line.trim(), "y" | "Y" | "yes" | "是") {
            return Ok(format!("{}\n", t!("progress-unchanged")));
        }
    }
    store.reset().map_err(|e| {
        let path = store.path.display().to_string();
        Failure::invalid(t!("progress-cannot-remove", path = visible(&path), error = e.to_string()))
    })?;
    Ok(format!("{}\n", t!("progress-cleared")))
}
