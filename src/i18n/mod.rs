//! The message catalog: every sentence kltutor says, in every language it speaks.
//!
//! Messages live in Project Fluent files, `locales/LANG/*.ftl`, embedded at build time (see
//! `build.rs`), so a new language is one folder of catalog files and no Rust. Code asks for a
//! message by id with named arguments (`t!("saved-to", path = shown)`), never by gluing
//! translated fragments together: word order is the catalog's business. Arguments are
//! formatted by the caller (numbers already rounded, names already sanitised), so Fluent's own
//! number formatting never runs.
//!
//! The current language is per thread: the program sets it once at start-up (and the tutor
//! when a lesson names its own language); tests can switch it without racing each other.

pub mod linebreak;

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));

/// A language kltutor speaks: the name of its catalog folder, which is also its short tag
/// (`--lang zh`). The languages are the folders under `locales/`, found at build time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

impl Default for Lang {
    fn default() -> Lang {
        Lang::En
    }
}

// The two languages the code names: English, the fallback, and Chinese, which the tests and
// the built-in course speak. Named like the variants they stand for.
#[allow(non_upper_case_globals)]
impl Lang {
    pub const En: Lang = Lang("en");
    pub const Zh: Lang = Lang("zh");

    /// Every language with a catalog, English (the fallback) first.
    pub const ALL: &'static [Lang] = LANGUAGES;

    /// The catalog folder's name, which is also the short tag (`--lang zh`).
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language of a BCP 47 tag or POSIX locale (`zh-CN`, `zh_CN.UTF-8`, `en`), if spoken.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The language the user's locale asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in that
    /// order, as gettext reads them); English when the first one set is not spoken here.
    pub fn from_locale() -> Lang {
        sys_locale::get_locales().next().and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default()
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static FORCED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Chooses the language at start-up: `forced` (from `--lang`) if given, else the locale's.
/// A forced language also wins over a lesson's own (see [`for_lesson`]).
pub fn start(forced: Option<Lang>) {
    FORCED.with(|f| f.set(forced));
    set_lang(forced.unwrap_or_else(Lang::from_locale));
}

/// The language to speak inside a lesson written in `lesson`: `--lang` if given, else the
/// lesson's language, else `outside`, the language spoken outside lessons.
pub fn for_lesson(lesson: Option<Lang>, outside: Lang) -> Lang {
    FORCED.with(Cell::get).or(lesson).unwrap_or(outside)
}

/// Speak `lang` on this thread from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The language this thread speaks.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Runs `f` speaking `lang`, then goes back to the language spoken before.
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = self::lang();
    set_lang(lang);
    let out = f();
    set_lang(before);
    out
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Lang, Bundle> {
    static BUNDLES: OnceLock<HashMap<Lang, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let id: unic_langid::LanguageIdentifier =
                    lang.code().parse().expect("a language code is a valid tag");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Isolation marks (U+2068/U+2069) would reach the terminal around every
                // argument; kltutor's arguments are numbers and sanitised names.
                bundle.set_use_isolating(false);
                for (_, name, source) in catalog_files(lang) {
                    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(
                        |(_, errors)| panic!("catalog {}/{name}: {errors:?}", lang.code()),
                    );
                    bundle.add_resource(resource).unwrap_or_else(|errors| {
                        panic!("catalog {}/{name}: duplicate ids {errors:?}", lang.code())
                    });
                }
                (lang, bundle)
            })
            .collect()
    })
}

/// The catalog files of `lang`: (language, file name, contents).
pub fn catalog_files(
    lang: Lang,
) -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    CATALOG_FILES.iter().filter(move |(code, _, _)| *code == lang.code())
}

/// An argument of a message: text, or a whole number (which plural rules can select on).
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Count(n)
    }
}

/// The message `id` in the current language, with `args` filled in.
///
/// A message missing from the current language falls back to English; one missing from
/// English too is a bug the catalog test catches, shown as its id rather than a panic.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang(), id, args)
}

/// The message `id` in `lang`.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundles = bundles();
    let found = [lang, Lang::En].into_iter().find_map(|l| {
        let bundle = &bundles[&l];
        bundle.get_message(id).and_then(|m| m.value()).map(|pattern| (bundle, pattern))
    });
    let Some((bundle, pattern)) = found else { return id.to_string() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// Every message id of `lang`'s catalog, for the completeness test.
pub fn ids(lang: Lang) -> Vec<String> {
    catalog_files(lang)
        .flat_map(|(_, _, source)| {
            let resource = FluentResource::try_new(source.to_string()).expect("catalogs parse");
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A message from the catalog: `t!("id")` or `t!("id", name = value, …)`, where each value
/// is anything that converts into an [`Arg`] (text or a count).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// The name of `unit` in the current language (`bits`, `比特`).
pub fn unit_name(unit: crate::info::Unit) -> String {
    use crate::info::Unit;
    match unit {
        Unit::Bits => t!("unit-bits"),
        Unit::Nats => t!("unit-nats"),
        Unit::Hartleys => t!("unit-hartleys"),
    }
}
