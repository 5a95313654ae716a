//! `kltutor progress --format csv|json` and `kltutor review` with skills in the progress file.

use std::path::Path;
use std::process::{Command, Output};

use chrono::DateTime;
use kltutor::progress::{Progress, Store};
use kltutor::review::{Recall, Time};

mod common;
use common::TempDir;

fn kltutor(args: &[&str], state_home: &Path, locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kltutor"))
        .args(args)
        .env_remove("LANGUAGE")
        .env("LC_ALL", locale)
        .env("NO_COLOR", "1")
        .env("XDG_STATE_HOME", state_home)
        .env("XDG_DATA_HOME", state_home)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn at(date: &str) -> Time {
    DateTime::parse_from_rfc3339(date).unwrap().to_utc()
}

/// Progress with three skills: a lesson question missed long ago (due), one answered right
/// again and again (mastered, due far ahead), and a practice topic.
fn write_progress(home: &Path) {
    let mut progress = Progress::default();
    let skills = &mut progress.skills;
    skills
        .entry("builtin:kl-divergence#2".into())
        .or_default()
        .review(Recall::Again, at("2020-01-01T09:00:00Z"));
    let right = skills.entry("builtin:entropy#1".into()).or_default();
    let mut when = at("2099-01-01T09:00:00Z");
    for _ in 0..4 {
        right.review(Recall::Good, when);
        when = right.memory.as_ref().unwrap().due;
    }
    skills
        .entry("practice:kl-reverse".into())
        .or_default()
        .review(Recall::Hard, at("2099-01-01T09:00:00Z"));
    Store { path: home.join("kltutor/progress.json") }.save(&progress).unwrap();
}

#[test]
fn progress_as_csv_has_a_row_per_skill() {
    let home = TempDir::new("review-csv");
    write_progress(&home.0);
    let out = kltutor(&["progress", "--format", "csv"], &home.0, "C");
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    let rows: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(
        rows[0],
        "skill,lesson,prompt,reviews,first_try_rate,stability_days,due,mastered,lapses"
    );
    assert_eq!(rows.len(), 4, "{text}");
    assert!(
        rows[1].starts_with(
            "builtin:entropy#1,Entropy: the average surprise,\"A town with other weather: W = {W} (sunny, cloudy, rain, snow). What is H(W) in bits, to 3 decimals?\",4,1.000,"
        ),
        "{text}"
    );
    assert!(rows[1].ends_with(",true,0"), "{text}");
    // A prompt with a comma is quoted.
    assert!(
        rows[2].starts_with("builtin:kl-divergence#2,Which model is closer?,\"Another coin A = {A} and a model of it R = {R}. What is D(A‖R) in bits, to 3 decimals?\",1,0.000,0.41,2020-01-02,false,0"),
        "{text}"
    );
    assert!(rows[3].starts_with("practice:kl-reverse,Practice,kl-reverse,1,0.000,"), "{text}");
    // The same columns whatever the language, so a class's files line up.
    let zh = stdout(&kltutor(&["progress", "--format", "csv"], &home.0, "zh_CN.UTF-8"));
    assert_eq!(zh.split("\r\n").next(), Some(rows[0]));
}

#[test]
fn progress_as_json_and_text_give_each_skills_schedule() {
    let home = TempDir::new("review-json");
    write_progress(&home.0);
    let out = kltutor(&["progress", "--format", "json"], &home.0, "C");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 2);
    let skills = json["skills"].as_array().unwrap();
    assert_eq!(skills.len(), 3);
    let missed = &skills[1];
    assert_eq!(missed["id"], "builtin:kl-divergence#2");
    assert_eq!(
        missed["prompt"],
        "Another coin A = {A} and a model of it R = {R}. What is D(A‖R) in bits, to 3 decimals?"
    );
    assert_eq!(
        (missed["reviews"].as_u64(), missed["first_try_rate"].as_f64()),
        (Some(1), Some(0.0))
    );
    assert_eq!(missed["due"], "2020-01-02T09:00:00+00:00");
    assert_eq!(
        (missed["due_now"].as_bool(), missed["mastered"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(skills[0]["mastered"], true);
    assert!(skills[0]["stability_days"].as_f64().unwrap() >= 21.0);
    let text = stdout(&kltutor(&["progress"], &home.0, "C"));
    assert!(text.contains("Skills: 3 reviewed, 1 due now"), "{text}");
    assert!(
        text.contains("due now    4  Which model is closer?, question 2  due 2020-01-02 · 1 review · 0% right first time · stability 0.4 days\n"),
        "{text}"
    );
    // In course order, each skill by its lesson's number, practice after the course.
    let entropy = text.find(" 2  Entropy: the average surprise, question 1").expect("entropy");
    let kl = text.find(" 4  Which model is closer?").expect("kl");
    let practice = text.find("14  Practice").expect("practice");
    assert!(entropy < kl && kl < practice, "{text}");
    assert!(!text.contains("builtin:") && !text.contains("practice:"), "{text}");
    let zh = stdout(&kltutor(&["progress"], &home.0, "zh_CN.UTF-8"));
    assert!(zh.contains("技能：已复习 3 项，现在到期 1 项"), "{zh}");
    assert!(zh.contains("已掌握  17  Entropy: the average surprise，第 1 题"), "{zh}");
    assert!(!zh.contains("builtin:"), "{zh}");
}

#[test]
fn review_needs_a_terminal_only_when_something_is_due() {
    let home = TempDir::new("review-cli");
    let out = kltutor(&["review"], &home.0, "C");
    assert!(out.status.success());
    assert!(stdout(&out).contains("Nothing to review yet"), "{}", stdout(&out));
    write_progress(&home.0);
    let out = kltutor(&["review"], &home.0, "C");
    assert_eq!(out.status.code(), Some(2), "a skill is due, and there is no terminal");
}
