//! The message catalogs are complete: every language has every message English has, no
//! catalog has a message the code never asks for, and every message formats.

use std::collections::BTreeSet;
use std::path::Path;

use kltutor::i18n::{self, Lang};

fn source_text() -> String {
    fn walk(dir: &Path, out: &mut String) {
        let mut entries: Vec<_> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english: BTreeSet<String> = i18n::ids(Lang::En).into_iter().collect();
    assert!(!english.is_empty());
    for &lang in Lang::ALL {
        let ids: Vec<String> = i18n::ids(lang);
        let set: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(ids.len(), set.len(), "{}: an id is defined twice", lang.code());
        let missing: Vec<_> = english.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has ids English lacks: {extra:?}", lang.code());
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let source = source_text();
    let unused: Vec<String> = i18n::ids(Lang::En)
        .into_iter()
        .filter(|id| !source.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "catalog ids no code asks for: {unused:?}");
}

#[test]
fn every_message_formats_in_every_language() {
    for &lang in Lang::ALL {
        for id in i18n::ids(lang) {
            let text = i18n::message_in(lang, &id, &[]);
            assert!(!text.is_empty(), "{}: {id} is empty", lang.code());
        }
    }
}

#[test]
fn languages_follow_locale_tags() {
    assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("C"), None);
    assert_eq!(i18n::with_lang(Lang::Zh, || i18n::unit_name(kltutor::info::Unit::Nats)), "奈特");
    assert_eq!(i18n::with_lang(Lang::En, || i18n::unit_name(kltutor::info::Unit::Nats)), "nats");
}
