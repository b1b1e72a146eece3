//! CLDR plural rules as the catalogs write them (`one = "i = 1 and v = 0"`), read by the build
//! to fill in each language's plural table (`i18n::PluralRules`): the page looks categories up
//! and never reads a rule. Whole numbers only: the operands of fractions (`v`, `f`, `t`...) are
//! 0 for the counts the explorer shows.

use crate::i18n::{Category, PluralRules};

/// One comparison of a rule: `i % 10 = 2..4,7`, `v != 0`.
struct Relation {
    of_number: bool,
    modulo: Option<u64>,
    equal: bool,
    ranges: Vec<(u64, u64)>,
}

impl Relation {
    fn holds(&self, n: u64) -> bool {
        let value = if self.of_number { n } else { 0 };
        let value = self.modulo.map_or(value, |m| value % m);
        self.ranges.iter().any(|&(a, b)| a <= value && value <= b) == self.equal
    }
}

/// Reads `(category, condition)` pairs, e.g. `("one", "i = 1 and v = 0 @integer 1")` (samples
/// after `@` are ignored), into the table of the categories of small whole numbers.
pub fn plural_rules(rules: &[(String, String)]) -> Result<PluralRules, String> {
    let mut parsed: Vec<(Category, Vec<Vec<Relation>>)> = Vec::new();
    for (category, condition) in rules {
        let category =
            Category::parse(category).ok_or(format!("`{category}` is not a plural category"))?;
        let condition = condition.split('@').next().unwrap_or_default();
        let mut any = Vec::new();
        for alternative in condition.split(" or ") {
            let mut all = Vec::new();
            for relation in alternative.split(" and ") {
                all.push(relation_of(relation).ok_or(format!(
                    "cannot read `{relation}` in the plural rule for {}",
                    category.as_str()
                ))?);
            }
            any.push(all);
        }
        parsed.push((category, any));
    }
    let category = |n: u64| {
        parsed
            .iter()
            .find(|(_, any)| any.iter().any(|all| all.iter().all(|r| r.holds(n))))
            .map_or(Category::Other, |(c, _)| *c)
    };
    Ok(PluralRules::from_fn(category))
}

fn relation_of(text: &str) -> Option<Relation> {
    let (left, equal, right) = match text.split_once("!=") {
        Some((l, r)) => (l, false, r),
        None => {
            let (l, r) = text.split_once('=')?;
            (l, true, r)
        }
    };
    let (operand, modulo) = match left.split_once('%') {
        Some((o, m)) => (o.trim(), Some(m.trim().parse().ok().filter(|&m| m > 0)?)),
        None => (left.trim(), None),
    };
    let of_number = match operand {
        "n" | "i" => true,
        "v" | "w" | "f" | "t" | "e" | "c" => false,
        _ => return None,
    };
    let mut ranges = Vec::new();
    for part in right.split(',') {
        let part = part.trim();
        let (a, b) = part.split_once("..").unwrap_or((part, part));
        ranges.push((a.trim().parse().ok()?, b.trim().parse().ok()?));
    }
    Some(Relation {
        of_number,
        modulo,
        equal,
        ranges,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(pairs: &[(&str, &str)]) -> PluralRules {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(c, r)| (c.to_string(), r.to_string()))
            .collect();
        plural_rules(&pairs).unwrap()
    }

    #[test]
    fn plural_rules_pick_cldr_categories_for_whole_numbers() {
        let english = rules(&[("one", "i = 1 and v = 0 @integer 1")]);
        assert_eq!(english.category(1), Category::One);
        assert_eq!(english.category(0), Category::Other);
        assert_eq!(english.category(21), Category::Other);
        assert_eq!(english.category(1001), Category::Other);
        let russian = rules(&[
            ("one", "v = 0 and i % 10 = 1 and i % 100 != 11"),
            ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
            (
                "many",
                "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
            ),
        ]);
        for (n, c) in [
            (1, "one"),
            (21, "one"),
            (11, "many"),
            (3, "few"),
            (12, "many"),
            (25, "many"),
            (0, "many"),
            (102, "few"),
            (1011, "many"),
            (2021, "one"),
        ] {
            assert_eq!(russian.category(n).as_str(), c, "{n}");
        }
        let arabic = rules(&[
            ("zero", "n = 0"),
            ("one", "n = 1"),
            ("two", "n = 2"),
            ("few", "n % 100 = 3..10"),
            ("many", "n % 100 = 11..99"),
        ]);
        for (n, c) in [
            (0, "zero"),
            (2, "two"),
            (5, "few"),
            (111, "many"),
            (100, "other"),
            (1003, "few"),
        ] {
            assert_eq!(arabic.category(n).as_str(), c, "{n}");
        }
        let bad = [("one".to_string(), "x = 1".to_string())];
        assert!(plural_rules(&bad).is_err());
    }
}
