//! The mel filterbank Whisper expects: 80 (or 128) triangular filters over the
//! 201 bins of a 400-point FFT at 16 kHz, Slaney scale and normalisation, as
//! librosa computes them. Written into every model file we produce.

pub const N_FFT: usize = 400;
pub const SAMPLE_RATE: f64 = 16_000.0;

fn hz_to_mel(hz: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    let min_log_mel = min_log_hz / f_sp;
    let logstep = 6.4f64.ln() / 27.0;
    if hz >= min_log_hz {
        min_log_mel + (hz / min_log_hz).ln() / logstep
    } else {
        hz / f_sp
    }
}

fn mel_to_hz(mel: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    let min_log_mel = min_log_hz / f_sp;
    let logstep = 6.4f64.ln() / 27.0;
    if mel >= min_log_mel {
        min_log_hz * (logstep * (mel - min_log_mel)).exp()
    } else {
        f_sp * mel
    }
}

/// `n_mels` × `N_FFT / 2 + 1` filter weights, row-major.
pub fn filters(n_mels: usize) -> Vec<f32> {
    let n_bins = N_FFT / 2 + 1;
    let fft_freqs: Vec<f64> = (0..n_bins)
        .map(|i| i as f64 * (SAMPLE_RATE / 2.0) / (n_bins - 1) as f64)
        .collect();
    let (min_mel, max_mel) = (hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE / 2.0));
    let mel_f: Vec<f64> = (0..n_mels + 2)
        .map(|i| mel_to_hz(min_mel + (max_mel - min_mel) * i as f64 / (n_mels + 1) as f64))
        .collect();
    let mut weights = vec![0f32; n_mels * n_bins];
    for m in 0..n_mels {
        let (lo, centre, hi) = (mel_f[m], mel_f[m + 1], mel_f[m + 2]);
        let norm = 2.0 / (hi - lo);
        for (b, &f) in fft_freqs.iter().enumerate() {
            let lower = (f - lo) / (centre - lo);
            let upper = (hi - f) / (hi - centre);
            let w = lower.min(upper).max(0.0);
            weights[m * n_bins + b] = (w * norm) as f32;
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_and_known_values() {
        let f = filters(80);
        assert_eq!(f.len(), 80 * 201);
        // Values of librosa.filters.mel(sr=16000, n_fft=400, n_mels=80), as
        // shipped in openai-whisper's mel_filters.npz.
        for (i, expected) in [
            (1, 0.024_862_595),
            (202, 0.001_990_822),
            (203, 0.022_871_772),
            (405, 0.020_880_95),
        ] {
            assert!(
                (f[i] - expected).abs() < 1e-6,
                "{i}: {} vs {expected}",
                f[i]
            );
        }
        let row_sum: f32 = f[79 * 201..80 * 201].iter().sum();
        assert!((row_sum - 0.024_925_34).abs() < 1e-5, "{row_sum}");
        assert!(f.iter().all(|v| *v >= 0.0));
    }
}
