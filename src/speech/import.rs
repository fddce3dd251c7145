//! Turns a faster-whisper (CTranslate2) Whisper model folder into a ggml file
//! that whisper.cpp loads: tensor names mapped, fused attention weights split,
//! the vocabulary decoded to bytes, mel filters added, big matrices stored as
//! Q8_0 (or f16 on request).

use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use super::ct2::{self, Ct2Error, Ct2Tensor, Ct2Type};
use super::ggml::{self, HyperParameters, TensorType, WeightType};
use super::mel;

/// Why a model folder could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(
        "{path} cannot be read: {source}; check that the folder holds a faster-whisper model (model.bin, config.json, vocabulary)"
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Model(#[from] Ct2Error),
    #[error("the model has no tensor {0}; is this a complete faster-whisper Whisper model?")]
    Missing(String),
    #[error(
        "the model is quantized to int8 in CTranslate2; import a float16 or float32 faster-whisper model instead"
    )]
    Int8,
    #[error(
        "the folder has no vocabulary.txt or vocabulary.json; copy the model's vocabulary file next to model.bin"
    )]
    NoVocabulary,
    #[error(
        "the vocabulary has no <|endoftext|> token; the vocabulary file does not belong to a Whisper model"
    )]
    BadVocabulary,
    #[error("cannot write {path}: {source}; check free disk space and permissions")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What was written.
#[derive(Debug, Clone)]
pub struct ImportSummary {
    pub path: PathBuf,
    pub bytes: u64,
    pub n_vocab: usize,
    pub multilingual: bool,
    pub layers: usize,
}

fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    std::fs::read(path).map_err(|source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// The model bytes: `model.bin`, or its parts `model.bin.part1`, `.part2`, ...
fn model_bytes(dir: &Path) -> Result<Vec<u8>, ImportError> {
    let whole = dir.join("model.bin");
    if whole.exists() {
        return read_file(&whole);
    }
    let mut bytes = Vec::new();
    let mut part = 1;
    loop {
        let path = dir.join(format!("model.bin.part{part}"));
        if !path.exists() {
            break;
        }
        bytes.extend(read_file(&path)?);
        part += 1;
    }
    if bytes.is_empty() {
        return read_file(&whole);
    }
    Ok(bytes)
}

fn vocabulary(dir: &Path) -> Result<Vec<String>, ImportError> {
    let txt = dir.join("vocabulary.txt");
    if txt.exists() {
        let text = String::from_utf8_lossy(&read_file(&txt)?).into_owned();
        return Ok(text.lines().map(str::to_string).collect());
    }
    let json = dir.join("vocabulary.json");
    if json.exists() {
        let list: Vec<String> =
            serde_json::from_slice(&read_file(&json)?).map_err(|_| ImportError::BadVocabulary)?;
        return Ok(list);
    }
    Err(ImportError::NoVocabulary)
}

/// GPT-2's byte-level BPE writes each byte as a printable character; this
/// undoes that ("Ġthe" is " the").
fn byte_decoder() -> HashMap<char, u8> {
    let mut bytes: Vec<u32> = (u32::from('!')..=u32::from('~'))
        .chain(u32::from('¡')..=u32::from('¬'))
        .chain(u32::from('®')..=u32::from('ÿ'))
        .collect();
    let mut chars = bytes.clone();
    let mut n = 0;
    for b in 0..256u32 {
        if !bytes.contains(&b) {
            bytes.push(b);
            chars.push(256 + n);
            n += 1;
        }
    }
    bytes
        .into_iter()
        .zip(chars)
        .filter_map(|(b, c)| char::from_u32(c).map(|c| (c, b as u8)))
        .collect()
}

fn token_bytes(token: &str, decoder: &HashMap<char, u8>) -> Vec<u8> {
    token
        .chars()
        .map(|c| decoder.get(&c).copied())
        .collect::<Option<Vec<u8>>>()
        .unwrap_or_else(|| token.as_bytes().to_vec())
}

struct Source<'a> {
    vars: &'a HashMap<String, Ct2Tensor>,
}

impl Source<'_> {
    fn get(&self, name: &str) -> Result<&Ct2Tensor, ImportError> {
        self.vars
            .get(name)
            .ok_or_else(|| ImportError::Missing(name.to_string()))
    }

    fn values(&self, name: &str) -> Result<(Vec<usize>, Vec<f32>), ImportError> {
        let t = self.get(name)?;
        if t.dtype == Ct2Type::I8 && t.dims.len() == 2 {
            return Err(ImportError::Int8);
        }
        Ok((t.dims.clone(), t.to_f32()))
    }

    fn count_layers(&self, prefix: &str) -> usize {
        (0..)
            .take_while(|i| {
                self.vars
                    .keys()
                    .any(|k| k.starts_with(&format!("{prefix}/layer_{i}/")))
            })
            .count()
    }
}

/// Rows `from..to` of a row-major matrix with `cols` columns.
fn rows(values: &[f32], cols: usize, from: usize, to: usize) -> Vec<f32> {
    values[from * cols..to * cols].to_vec()
}

/// Imports the faster-whisper model in `dir` into a ggml file at `out`.
pub fn import(dir: &Path, out: &Path, weights: WeightType) -> Result<ImportSummary, ImportError> {
    let bytes = model_bytes(dir)?;
    let vars = ct2::read(&bytes)?;
    drop(bytes);
    let src = Source { vars: &vars };
    let vocab = vocabulary(dir)?;

    let (embed_dims, _) = (src.get("decoder/embeddings/weight")?.dims.clone(), ());
    let enc_pos = src
        .get("encoder/position_encodings/encodings")?
        .dims
        .clone();
    let dec_pos = src
        .get("decoder/position_encodings/encodings")?
        .dims
        .clone();
    let conv1 = src.get("encoder/conv1/weight")?.dims.clone();
    let heads = |name: &str| -> Result<i32, ImportError> {
        Ok(src.get(name)?.scalar().unwrap_or(0) as i32)
    };
    let n_audio_layer = src.count_layers("encoder");
    let n_text_layer = src.count_layers("decoder");
    let (n_vocab, n_text_state) = (embed_dims[0], embed_dims[1]);
    let h = HyperParameters {
        n_vocab: n_vocab as i32,
        n_audio_ctx: enc_pos[0] as i32,
        n_audio_state: enc_pos[1] as i32,
        n_audio_head: heads("encoder/num_heads")?,
        n_audio_layer: n_audio_layer as i32,
        n_text_ctx: dec_pos[0] as i32,
        n_text_state: n_text_state as i32,
        n_text_head: heads("decoder/num_heads")?,
        n_text_layer: n_text_layer as i32,
        n_mels: conv1[1] as i32,
    };

    let eot = vocab
        .iter()
        .position(|t| t == "<|endoftext|>")
        .ok_or(ImportError::BadVocabulary)?;
    let decoder = byte_decoder();
    let tokens: Vec<Vec<u8>> = vocab[..eot]
        .iter()
        .map(|t| token_bytes(t, &decoder))
        .collect();

    let partial = out.with_extension("partial");
    let write_err = |source| ImportError::Write {
        path: out.to_path_buf(),
        source,
    };
    let file = File::create(&partial).map_err(write_err)?;
    let mut w = BufWriter::new(file);
    let n_mels = h.n_mels as usize;
    ggml::write_header(
        &mut w,
        &h,
        weights,
        &mel::filters(n_mels),
        (mel::N_FFT / 2 + 1) as i32,
        &tokens,
    )
    .map_err(write_err)?;

    let big = match weights {
        WeightType::F16 => TensorType::F16,
        WeightType::Q8_0 => TensorType::Q8_0,
    };
    let mut put = |name: &str, dims: &[usize], values: &[f32], ty: TensorType| {
        ggml::write_tensor(&mut w, name, dims, values, ty).map_err(write_err)
    };
    let f32s = TensorType::F32;

    // Encoder.
    let (d, v) = src.values("encoder/position_encodings/encodings")?;
    put("encoder.positional_embedding", &d, &v, f32s)?;
    for conv in ["conv1", "conv2"] {
        let (d, v) = src.values(&format!("encoder/{conv}/weight"))?;
        put(&format!("encoder.{conv}.weight"), &d, &v, TensorType::F16)?;
        let (d, v) = src.values(&format!("encoder/{conv}/bias"))?;
        put(&format!("encoder.{conv}.bias"), &[d[0], 1], &v, f32s)?;
    }
    for (kind, layers) in [("encoder", n_audio_layer), ("decoder", n_text_layer)] {
        for i in 0..layers {
            let from = |part: &str| format!("{kind}/layer_{i}/{part}");
            let to = |part: &str| format!("{kind}.blocks.{i}.{part}");
            let mut norm = |src_name: &str, dst: &str| -> Result<(), ImportError> {
                let (d, g) = src.values(&from(&format!("{src_name}/gamma")))?;
                put(&to(&format!("{dst}.weight")), &d, &g, f32s)?;
                let (d, b) = src.values(&from(&format!("{src_name}/beta")))?;
                put(&to(&format!("{dst}.bias")), &d, &b, f32s)
            };
            norm("self_attention/layer_norm", "attn_ln")?;
            norm("ffn/layer_norm", "mlp_ln")?;
            if kind == "decoder" {
                norm("attention/layer_norm", "cross_attn_ln")?;
            }
            // Self-attention: q, k and v fused by rows.
            let (wd, w_qkv) = src.values(&from("self_attention/linear_0/weight"))?;
            let (_, b_qkv) = src.values(&from("self_attention/linear_0/bias"))?;
            let (state, cols) = (wd[0] / 3, wd[1]);
            put(
                &to("attn.query.weight"),
                &[state, cols],
                &rows(&w_qkv, cols, 0, state),
                big,
            )?;
            put(&to("attn.query.bias"), &[state], &b_qkv[..state], f32s)?;
            put(
                &to("attn.key.weight"),
                &[state, cols],
                &rows(&w_qkv, cols, state, 2 * state),
                big,
            )?;
            put(
                &to("attn.value.weight"),
                &[state, cols],
                &rows(&w_qkv, cols, 2 * state, 3 * state),
                big,
            )?;
            put(&to("attn.value.bias"), &[state], &b_qkv[2 * state..], f32s)?;
            let mut linear = |src_name: &str, dst: &str| -> Result<(), ImportError> {
                let (d, wv) = src.values(&from(&format!("{src_name}/weight")))?;
                put(&to(&format!("{dst}.weight")), &d, &wv, big)?;
                let (d, bv) = src.values(&from(&format!("{src_name}/bias")))?;
                put(&to(&format!("{dst}.bias")), &d, &bv, f32s)
            };
            linear("self_attention/linear_1", "attn.out")?;
            linear("ffn/linear_0", "mlp.0")?;
            linear("ffn/linear_1", "mlp.2")?;
            if kind == "decoder" {
                linear("attention/linear_0", "cross_attn.query")?;
                linear("attention/linear_2", "cross_attn.out")?;
                // Cross-attention k and v fused by rows.
                let (wd, w_kv) = src.values(&from("attention/linear_1/weight"))?;
                let (_, b_kv) = src.values(&from("attention/linear_1/bias"))?;
                let (state, cols) = (wd[0] / 2, wd[1]);
                put(
                    &to("cross_attn.key.weight"),
                    &[state, cols],
                    &rows(&w_kv, cols, 0, state),
                    big,
                )?;
                put(
                    &to("cross_attn.value.weight"),
                    &[state, cols],
                    &rows(&w_kv, cols, state, 2 * state),
                    big,
                )?;
                put(&to("cross_attn.value.bias"), &[state], &b_kv[state..], f32s)?;
            }
        }
    }
    for (src_name, dst) in [
        ("encoder/layer_norm", "encoder.ln_post"),
        ("decoder/layer_norm", "decoder.ln"),
    ] {
        let (d, g) = src.values(&format!("{src_name}/gamma"))?;
        put(&format!("{dst}.weight"), &d, &g, f32s)?;
        let (d, b) = src.values(&format!("{src_name}/beta"))?;
        put(&format!("{dst}.bias"), &d, &b, f32s)?;
    }
    let (d, v) = src.values("decoder/position_encodings/encodings")?;
    put("decoder.positional_embedding", &d, &v, f32s)?;
    let (d, v) = src.values("decoder/embeddings/weight")?;
    put("decoder.token_embedding.weight", &d, &v, big)?;

    let file = w.into_inner().map_err(|e| write_err(e.into_error()))?;
    file.sync_all().map_err(write_err)?;
    drop(file);
    std::fs::rename(&partial, out).map_err(write_err)?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(ImportSummary {
        path: out.to_path_buf(),
        bytes,
        n_vocab,
        multilingual: n_vocab >= 51865,
        layers: n_audio_layer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_level_tokens_decode() {
        let d = byte_decoder();
        assert_eq!(token_bytes("Ġthe", &d), b" the");
        assert_eq!(token_bytes("Hello", &d), b"Hello");
        assert_eq!(token_bytes("Ċ", &d), b"\n");
        assert_eq!(d.len(), 256);
    }
}
