//! Voice activity: which stretches of audio hold speech. Whisper writes
//! plausible sentences over silence and noise, so only stretches that rise
//! clearly above the recording's own noise floor are ever transcribed.

/// 30 ms frames at 16 kHz.
pub const FRAME: usize = 480;

/// Level of each frame in dBFS.
pub fn frame_levels(samples: &[f32]) -> Vec<f32> {
    samples
        .chunks(FRAME)
        .map(|f| {
            let energy = f.iter().map(|s| s * s).sum::<f32>() / f.len().max(1) as f32;
            10.0 * energy.max(1e-12).log10()
        })
        .collect()
}

/// The level (dBFS) speech must reach in this recording: 12 dB over its noise
/// floor and no quieter than -50 dBFS. A recording that never reaches it
/// (silence, steady noise) holds no speech. `None` for no audio.
pub fn threshold(samples: &[f32]) -> Option<f32> {
    threshold_of_levels(&frame_levels(samples))
}

/// [`threshold`] from frame levels already measured (a stream keeps them).
pub fn threshold_of_levels(levels: &[f32]) -> Option<f32> {
    let mut levels = levels.to_vec();
    if levels.is_empty() {
        return None;
    }
    levels.sort_by(f32::total_cmp);
    let floor = levels[levels.len() / 10];
    let loudest = levels[levels.len() - 1];
    Some((floor + 12.0).max(-50.0).max(loudest - 45.0))
}

/// Sample ranges that hold speech, padded a little and merged across short pauses.
pub fn speech_ranges(samples: &[f32]) -> Vec<std::ops::Range<usize>> {
    match threshold(samples) {
        Some(t) => speech_ranges_above(samples, t),
        None => Vec::new(),
    }
}

/// Like [`speech_ranges`], with the speech threshold given (a stream knows it
/// from everything heard so far).
pub fn speech_ranges_above(samples: &[f32], threshold: f32) -> Vec<std::ops::Range<usize>> {
    let levels = frame_levels(samples);
    let voiced: Vec<bool> = levels.iter().map(|l| *l >= threshold).collect();
    let pad = 10; // 300 ms either side
    let bridge = 20; // pauses under 600 ms do not split
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < voiced.len() {
        if !voiced[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < voiced.len() && voiced[i] {
            i += 1;
        }
        // Ignore clicks shorter than 90 ms.
        if i - start < 3 {
            continue;
        }
        let (s, e) = (start.saturating_sub(pad), (i + pad).min(voiced.len()));
        match ranges.last_mut() {
            Some(last) if s <= last.1 + bridge => last.1 = e,
            _ => ranges.push((s, e)),
        }
    }
    ranges
        .into_iter()
        .map(|(s, e)| s * FRAME..(e * FRAME).min(samples.len()))
        .collect()
}

/// Frames either side that must be quiet for a cut (about 120 ms each way).
const PAUSE_REACH: usize = 4;

/// Splits a range into pieces of at most `max` samples, cutting in the
/// quietest stretch near each limit so words are not cut in half. A stretch,
/// not a frame: the silence inside a word ("hel_ped") is short, a pause
/// between phrases is long.
pub fn split_at_pauses(
    samples: &[f32],
    range: std::ops::Range<usize>,
    max: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = range.start;
    while range.end - start > max {
        let limit = start + max;
        let search_from = limit.saturating_sub(4 * 16_000).max(start + max / 2);
        let levels = frame_levels(&samples[search_from..limit]);
        // The loudest frame within ±PAUSE_REACH of each frame: low only in a real pause.
        let loudest_near = |i: usize| {
            levels[i.saturating_sub(PAUSE_REACH)..(i + PAUSE_REACH + 1).min(levels.len())]
                .iter()
                .copied()
                .fold(f32::MIN, f32::max)
        };
        let quietest = (0..levels.len())
            .min_by(|&a, &b| loudest_near(a).total_cmp(&loudest_near(b)).then(b.cmp(&a)))
            .unwrap_or(0);
        let cut = (search_from + quietest * FRAME + FRAME / 2).min(limit);
        pieces.push(start..cut);
        start = cut;
    }
    pieces.push(start..range.end);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(seconds: f32, amplitude: f32) -> Vec<f32> {
        (0..(seconds * 16_000.0) as usize)
            .map(|i| amplitude * (i as f32 * 0.07).sin() * (1.0 + (i as f32 * 0.0009).sin()) / 2.0)
            .collect()
    }

    #[test]
    fn silence_and_steady_noise_hold_no_speech() {
        assert!(speech_ranges(&vec![0.0; 48_000]).is_empty());
        let mut seed = 7u32;
        let noise: Vec<f32> = (0..48_000)
            .map(|_| {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (seed as f32 / u32::MAX as f32 - 0.5) * 0.01
            })
            .collect();
        assert!(speech_ranges(&noise).is_empty());
    }

    #[test]
    fn speech_between_silences_is_found() {
        let mut audio = vec![0.0; 16_000];
        audio.extend(tone(2.0, 0.3));
        audio.extend(vec![0.0; 16_000]);
        let ranges = speech_ranges(&audio);
        assert_eq!(ranges.len(), 1);
        assert!(ranges[0].start <= 16_000 && ranges[0].end >= 48_000);
    }

    #[test]
    fn long_ranges_are_split_below_the_limit() {
        let audio = tone(50.0, 0.3);
        let pieces = split_at_pauses(&audio, 0..audio.len(), 20 * 16_000);
        assert!(pieces.len() >= 3);
        assert!(pieces.iter().all(|p| p.len() <= 20 * 16_000));
        assert_eq!(pieces.first().map(|p| p.start), Some(0));
        assert_eq!(pieces.last().map(|p| p.end), Some(audio.len()));
    }
}
