//! The scenario loader never panics, whatever the bytes, and every problem it
//! reports has a position inside the text.

use mock_hearing::scenario::{BUILT_IN, parse_bytes};
use proptest::prelude::*;

fn lines_in(bytes: &[u8]) -> usize {
    1 + bytes.iter().filter(|&&b| b == b'\n').count()
}

fn assert_sane(bytes: &[u8]) {
    if let Err(problems) = parse_bytes(bytes) {
        assert!(!problems.is_empty(), "an error with no problem in it");
        for p in problems {
            assert!(p.position.line >= 1 && p.position.col >= 1, "{p}");
            assert!(p.position.line <= lines_in(bytes) + 1, "{p}");
            assert!(!p.message.trim().is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        assert_sane(&bytes);
    }

    #[test]
    fn ron_like_text_never_panics(text in "[(){}\\[\\],:\"a-z_0-9 \n/*#r']{0,400}") {
        assert_sane(text.as_bytes());
    }

    /// Small edits to a real scenario reach deep into the parser and validator.
    #[test]
    fn edited_scenarios_never_panic(
        which in 0..BUILT_IN.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
    ) {
        let mut bytes = BUILT_IN[which].1.as_bytes().to_vec();
        for (at, byte, op) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.insert(i, byte),
            }
        }
        assert_sane(&bytes);
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = "(".repeat(100_000);
    assert_sane(deep.as_bytes());
    let deep = format!("(format_version: 1, sections: {})", "[".repeat(50_000));
    assert_sane(deep.as_bytes());
}
