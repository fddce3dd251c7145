//! Writes whisper.cpp's ggml model file: hyper-parameters, mel filters,
//! vocabulary, then named tensors (f32, f16 or Q8_0).

use std::io::{self, Write};

pub const MAGIC: i32 = 0x6767_6d6c;
/// whisper.cpp reads `ftype % 1000` as the type and `ftype / 1000` as the
/// quantization version.
const QUANTIZATION_VERSION: i32 = 2;

/// How the big matrices are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightType {
    F16,
    /// 8-bit blocks of 32 with an f16 scale: about half the size, same words.
    Q8_0,
}

impl WeightType {
    fn ftype(self) -> i32 {
        match self {
            WeightType::F16 => 1,
            // ggml's file type for "mostly Q8_0" is 7 (the tensor type is 8).
            WeightType::Q8_0 => QUANTIZATION_VERSION * 1000 + 7,
        }
    }
}

/// ggml element types used in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TensorType {
    F32 = 0,
    F16 = 1,
    Q8_0 = 8,
}

#[derive(Debug, Clone, Copy)]
pub struct HyperParameters {
    pub n_vocab: i32,
    pub n_audio_ctx: i32,
    pub n_audio_state: i32,
    pub n_audio_head: i32,
    pub n_audio_layer: i32,
    pub n_text_ctx: i32,
    pub n_text_state: i32,
    pub n_text_head: i32,
    pub n_text_layer: i32,
    pub n_mels: i32,
}

fn i32s(out: &mut impl Write, values: &[i32]) -> io::Result<()> {
    for v in values {
        out.write_all(&v.to_le_bytes())?;
    }
    Ok(())
}

/// Writes the header: hyper-parameters, mel filters and vocabulary.
pub fn write_header(
    out: &mut impl Write,
    h: &HyperParameters,
    weights: WeightType,
    mel_filters: &[f32],
    n_fft_bins: i32,
    tokens: &[Vec<u8>],
) -> io::Result<()> {
    i32s(
        out,
        &[
            MAGIC,
            h.n_vocab,
            h.n_audio_ctx,
            h.n_audio_state,
            h.n_audio_head,
            h.n_audio_layer,
            h.n_text_ctx,
            h.n_text_state,
            h.n_text_head,
            h.n_text_layer,
            h.n_mels,
            weights.ftype(),
        ],
    )?;
    i32s(out, &[h.n_mels, n_fft_bins])?;
    for v in mel_filters {
        out.write_all(&v.to_le_bytes())?;
    }
    i32s(out, &[tokens.len() as i32])?;
    for t in tokens {
        i32s(out, &[t.len() as i32])?;
        out.write_all(t)?;
    }
    Ok(())
}

/// Writes one tensor. `dims` are in row-major order (outermost first), as
/// PyTorch and CTranslate2 give them; ggml wants them innermost first.
pub fn write_tensor(
    out: &mut impl Write,
    name: &str,
    dims: &[usize],
    values: &[f32],
    ty: TensorType,
) -> io::Result<()> {
    i32s(out, &[dims.len() as i32, name.len() as i32, ty as i32])?;
    for d in dims.iter().rev() {
        i32s(out, &[*d as i32])?;
    }
    out.write_all(name.as_bytes())?;
    match ty {
        TensorType::F32 => {
            for v in values {
                out.write_all(&v.to_le_bytes())?;
            }
        }
        TensorType::F16 => {
            for v in values {
                out.write_all(&half::f16::from_f32(*v).to_le_bytes())?;
            }
        }
        TensorType::Q8_0 => out.write_all(&quantize_q8_0(values))?,
    }
    Ok(())
}

/// Q8_0 as ggml lays it out: per block of 32 values, an f16 scale
/// d = max|x| / 127, then 32 signed bytes round(x / d).
pub fn quantize_q8_0(values: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() / 32 * 34);
    for block in values.chunks(32) {
        let amax = block.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let inverse = if d > 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&half::f16::from_f32(d).to_le_bytes());
        for i in 0..32 {
            let x = block.get(i).copied().unwrap_or(0.0);
            out.push((x * inverse).round().clamp(-127.0, 127.0) as i8 as u8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q8_0_round_trips_closely() {
        let values: Vec<f32> = (0..64).map(|i| (i as f32 - 31.5) / 10.0).collect();
        let q = quantize_q8_0(&values);
        assert_eq!(q.len(), 2 * 34);
        for (b, block) in values.chunks(32).enumerate() {
            let raw = &q[b * 34..(b + 1) * 34];
            let d = half::f16::from_le_bytes([raw[0], raw[1]]).to_f32();
            for (i, x) in block.iter().enumerate() {
                let back = raw[2 + i] as i8 as f32 * d;
                assert!((back - x).abs() <= d, "{x} came back as {back}");
            }
        }
    }

    #[test]
    fn tensor_dims_are_written_innermost_first() {
        let mut out = Vec::new();
        write_tensor(&mut out, "w", &[2, 3], &[0.0; 6], TensorType::F32).expect("write");
        let ints: Vec<i32> = out[..20]
            .chunks(4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        assert_eq!(ints, [2, 1, 0, 3, 2]);
        assert_eq!(&out[20..21], b"w");
        assert_eq!(out.len(), 21 + 6 * 4);
    }
}
