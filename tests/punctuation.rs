//! Chinese punctuation: in Chinese prose, commas, colons, semicolons, question and exclamation
//! marks and parentheses are full-width (，：；？！（）). A half-width one is allowed in
//! mathematics and code — `H(P,Q)`, `N(0, 0.2²)`, `F.kl_div(q.log(), p)` — and nowhere else.
//! The rule is written down at the top of `locales/zh/tui.ftl`.
//!
//! The test: a half-width `,` `:` `;` `?` `!` `(` `)` between two CJK characters (spaces
//! aside), or a half-width `,` `:` `;` `?` `!` right after a CJK character, is a mistake;
//! text between backticks is code and is skipped. Every page of every Chinese lesson is read
//! on screen, with every panel, and every message of the Chinese catalogs.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kltutor::i18n::{self, Lang};
use kltutor::lesson::builtin::COURSE;
use kltutor::lesson::catalog::Origin;
use kltutor::tui::App;
use kltutor::tui::theme::Theme;

mod screen;

use screen::screen;

/// A CJK character: an ideograph, or full-width punctuation.
fn cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}' | '“' | '”')
}

/// The text with every span between backticks blanked out: code is not prose.
fn without_code(line: &str) -> String {
    let mut out = String::new();
    let mut code = false;
    for c in line.chars() {
        if c == '`' {
            code = !code;
        }
        out.push(if code || c == '`' { ' ' } else { c });
    }
    out
}

/// The half-width marks in Chinese prose on `line`, each with a little context.
fn mistakes(line: &str) -> Vec<String> {
    let chars: Vec<char> = without_code(line).chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !",:;?!()".contains(c) {
            continue;
        }
        let before = chars[..i].iter().rev().find(|c| **c != ' ').copied();
        let after = chars[i + 1..].iter().find(|c| **c != ' ').copied();
        // A mark standing alone is a key's name (`? 帮助`), not punctuation.
        let alone = (i == 0 || chars[i - 1] == ' ') && chars.get(i + 1).is_none_or(|c| *c == ' ');
        if alone {
            continue;
        }
        // A parenthesis of a function's argument is mathematics: q(猫), p(雨,带伞).
        if is_call(&chars, i) {
            continue;
        }
        let right_after_cjk = i > 0 && cjk(chars[i - 1]) && ",:;?!".contains(c);
        let between = before.is_some_and(cjk) && after.is_some_and(cjk);
        if right_after_cjk || between {
            let from = i.saturating_sub(8);
            let to = (i + 8).min(chars.len());
            found.push(chars[from..to].iter().collect());
        }
    }
    found
}

/// Whether the mark at `i` is a parenthesis (or a comma inside parentheses) that opens right
/// after a Latin letter, digit or `=`: an argument list, `q(猫)`, `f(x, y)`.
fn is_call(chars: &[char], i: usize) -> bool {
    let mut depth = 0i32;
    let open = match chars[i] {
        '(' => Some(i),
        _ => (0..=i).rev().find(|&k| {
            match chars[k] {
                ')' if k != i => depth += 1,
                '(' if depth == 0 => return true,
                '(' => depth -= 1,
                _ => {}
            }
            false
        }),
    };
    // A closing parenthesis whose opening one is on an earlier line (the text wrapped inside
    // the parentheses) cannot be judged here; the line that opens it is.
    if chars[i] == ')' && open.is_none() {
        return true;
    }
    open.is_some_and(|k| {
        k > 0 && (chars[k - 1].is_ascii_alphanumeric() || matches!(chars[k - 1], '_' | '=' | '‖'))
    })
}

#[test]
fn the_rule_finds_what_it_should() {
    assert_eq!(mistakes("H(P) = 1.5000 比特, D(P‖Q) = ∞").len(), 1);
    assert_eq!(mistakes("雨,带伞").len(), 1);
    assert_eq!(mistakes("错误: 文件").len(), 1);
    assert_eq!(mistakes("分布 (标准差) 里").len(), 2);
    assert!(mistakes("H(P,Q) 是 N(0, 0.2²)，见 `a, b`：F.kl_div(q.log(), p)").is_empty());
    assert!(mistakes("雨，带伞；p(雨,带伞) = 0.3，q(猫)。").is_empty(), "arguments are math");
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn press(app: &mut App, keys: &str) {
    keys.chars().for_each(|c| key(app, KeyCode::Char(c)));
}

#[test]
fn every_chinese_screen_uses_full_width_punctuation_in_prose() {
    let course: Vec<Origin> = COURSE.iter().map(Origin::Builtin).collect();
    let chinese: Vec<Origin> = course.iter().filter(|o| o.id().ends_with("-zh")).cloned().collect();
    assert_eq!(chinese.len(), 13);
    // Each mistake once, where it is first seen.
    let mut all = std::collections::BTreeMap::new();
    i18n::with_lang(Lang::Zh, || {
        for origin in chinese {
            let mut app = App::new(course.clone(), Theme::new(false));
            app.open(origin.clone());
            let pages = app.lesson.as_ref().unwrap().pages();
            for page in 0..pages {
                // The page, its hint, a wrong answer, and every panel.
                for keys in ["", "H", "1", "a0.5", "c", "v", "w", "i", "d", "?"] {
                    let mut shown = app.clone();
                    press(&mut shown, keys);
                    if keys.starts_with('a') || keys == "1" {
                        key(&mut shown, KeyCode::Enter);
                    }
                    for (w, h) in [(100, 40), (160, 60)] {
                        for line in screen(&shown, w, h).lines() {
                            for m in mistakes(line) {
                                let at = format!("{} page {page} {keys:?}", origin.id());
                                all.entry(m).or_insert(at);
                            }
                        }
                    }
                }
                press(&mut app, "n");
            }
        }
        // The browser too.
        let app = App::new(course.clone(), Theme::new(false));
        for line in screen(&app, 100, 40).lines() {
            for m in mistakes(line) {
                all.entry(m).or_insert_with(|| "browser".to_string());
            }
        }
    });
    let all: Vec<String> = all.into_iter().map(|(m, at)| format!("{at}: {m:?}")).collect();
    assert!(all.is_empty(), "{} half-width marks in Chinese prose:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_chinese_catalogs_use_full_width_punctuation_in_prose() {
    let mut all = Vec::new();
    for (_, name, source) in i18n::catalog_files(Lang::Zh) {
        // An example command line is code.
        let prose = source.lines().enumerate().filter(|(_, l)| !l.trim().starts_with("kltutor "));
        for (n, line) in prose {
            // Placeholders are not prose: `{ $a },{ $b }` is checked on screen.
            for m in mistakes(line) {
                all.push(format!("zh/{name}:{}: {m:?}", n + 1));
            }
        }
    }
    assert!(all.is_empty(), "{} half-width marks in Chinese prose:\n{}", all.len(), all.join("\n"));
}
