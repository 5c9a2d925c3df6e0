//! Native tests of `model::small`.

use super::*;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

proptest! {
    #[test]
    fn map_behaves_like_btreemap(ops in prop::collection::vec((0u8..3, 0u8..20, any::<u16>()), 0..80)) {
        let mut small = SmallMap::new();
        let mut reference = BTreeMap::new();
        for (op, k, v) in ops {
            match op {
                0 => prop_assert_eq!(small.insert(k, v), reference.insert(k, v)),
                1 => prop_assert_eq!(small.remove(&k), reference.remove(&k)),
                _ => {
                    // Wrapping: an inserted 65535 plus one must not overflow the test.
                    let s = small.entry(k).or_insert(0);
                    *s = s.wrapping_add(1);
                    let r = reference.entry(k).or_insert(0);
                    *r = r.wrapping_add(1);
                }
            }
            prop_assert_eq!(small.get(&k), reference.get(&k));
            prop_assert_eq!(small.len(), reference.len());
            prop_assert!(small.iter().eq(reference.iter()));
        }
        let json = serde_json::to_string(&small).unwrap();
        prop_assert_eq!(&json, &serde_json::to_string(&reference).unwrap());
        let back: SmallMap<u8, u16> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, small);
    }

    #[test]
    fn set_behaves_like_btreeset(ops in prop::collection::vec((any::<bool>(), 0u8..20), 0..80)) {
        let mut small = SmallSet::new();
        let mut reference = BTreeSet::new();
        for (add, k) in ops {
            if add {
                prop_assert_eq!(small.insert(k), reference.insert(k));
            } else {
                prop_assert_eq!(small.remove(&k), reference.remove(&k));
            }
            prop_assert!(small.iter().eq(reference.iter()));
        }
        let json = serde_json::to_string(&small).unwrap();
        prop_assert_eq!(&json, &serde_json::to_string(&reference).unwrap());
    }

    #[test]
    fn sort_small_is_a_stable_sort(mut v in prop::collection::vec((0u8..5, any::<u16>()), 0..40)) {
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        sort_small_by(&mut v, |a, b| a.0 < b.0);
        prop_assert_eq!(v, expected);
    }
}

#[test]
fn a_duplicate_key_in_json_keeps_the_last_value() {
    let m: SmallMap<String, u8> = serde_json::from_str(r#"{"a":1,"a":2}"#).unwrap();
    assert_eq!(m.get("a"), Some(&2));
    assert_eq!(m.len(), 1);
}
