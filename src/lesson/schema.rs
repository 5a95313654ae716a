//! The JSON Schema of the lesson format, for completion and validation in editors.

/// The schema as shipped in `docs/lesson.schema.json`.
pub const SCHEMA: &str = include_str!("../../docs/lesson.schema.json");

#[cfg(test)]
mod tests {
    use super::super::parse::{
        BINS_KEYS, CHART_KEYS, DISTRIBUTION_KEYS, FAMILY_NAMES, HIDE_NAMES, JOINT_KEYS,
        MISTAKE_KEYS, MISTAKE_NAMES, QUANTITY_NAMES, QUESTION_KEYS, SHOW_KEYS, STEP_KEYS, TOP_KEYS,
    };
    use super::*;
    use serde_json::Value;

    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v["properties"].as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    }

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        w.sort();
        w
    }

    /// The schema and the loader must accept the same keys, or editors would mislead authors.
    #[test]
    fn schema_matches_the_loader() {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        let defs = &schema["definitions"];
        assert_eq!(keys(&schema), sorted(TOP_KEYS));
        assert_eq!(keys(&defs["distribution"]), sorted(DISTRIBUTION_KEYS));
        assert_eq!(keys(&defs["joint"]), sorted(JOINT_KEYS));
        assert_eq!(keys(&defs["bins"]), sorted(BINS_KEYS));
        assert_eq!(keys(&defs["chart"]), sorted(CHART_KEYS));
        assert_eq!(keys(&defs["step"]), sorted(STEP_KEYS));
        assert_eq!(keys(&defs["show"]), sorted(SHOW_KEYS));
        assert_eq!(keys(&defs["question"]), sorted(QUESTION_KEYS));
        assert_eq!(keys(&defs["mistake"]), sorted(MISTAKE_KEYS));
        let names = |v: &Value| -> Vec<String> {
            let mut n: Vec<String> =
                v["enum"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().into()).collect();
            n.sort();
            n
        };
        assert_eq!(names(&defs["quantity"]), sorted(QUANTITY_NAMES));
        assert_eq!(names(&defs["mistake"]["properties"]["kind"]), sorted(MISTAKE_NAMES));
        assert_eq!(names(&defs["hideable"]), sorted(HIDE_NAMES));
        assert_eq!(names(&defs["chart"]["properties"]["family"]), sorted(FAMILY_NAMES));
        let format = &schema["properties"]["format"];
        assert_eq!(format["maximum"], u64::from(crate::lesson::FORMAT), "the newest format");
    }
}
