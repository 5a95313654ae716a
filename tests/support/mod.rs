//! Lessons written for tests and benchmarks that need more outcomes than a fixture holds.

use std::path::PathBuf;

/// Writes a lesson of `n` outcomes to a temporary file: outcomes named `aaa`, `aab`, … (three
/// characters, so that 10⁵ of them fit the lesson size limit), P with counts 1, 2, …, 9, 1, …
/// and Q with the same counts shifted by four; one step showing D(P‖Q).
pub fn many_outcomes_lesson(n: usize) -> PathBuf {
    let alphabet: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    let name = |i: usize| -> String {
        [i / 3844 % 62, i / 62 % 62, i % 62].map(|k| alphabet[k]).iter().collect()
    };
    let names: Vec<String> = (0..n).map(|i| format!("\"{}\"", name(i))).collect();
    let counts = |offset: usize| -> String {
        (0..n).map(|i| ((i + offset) % 9 + 1).to_string()).collect::<Vec<_>>().join(",")
    };
    let text = format!(
        "title = \"Many\"\nsummary = \"Many outcomes.\"\nunit = \"bits\"\noutcomes = [{}]\n\
         [truth]\nname = \"P\"\nnormalize = true\nprobs = [{}]\n\
         [[model]]\nname = \"Q\"\nnormalize = true\nprobs = [{}]\n\
         [[step]]\ntext = \"KL.\"\nshow = {{ quantity = \"kl\", model = \"Q\" }}\n",
        names.join(","),
        counts(0),
        counts(4)
    );
    let file = format!("kltutor-many-{}-{n}.toml", std::process::id());
    let path = std::env::temp_dir().join(file);
    std::fs::write(&path, text).unwrap();
    path
}
