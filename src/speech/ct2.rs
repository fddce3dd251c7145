//! Reads a CTranslate2 `model.bin` (binary version 6), the format faster-whisper
//! models ship in: named tensors with their shapes and raw little-endian data.

use std::collections::HashMap;

/// Element types CTranslate2 stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ct2Type {
    F32,
    I8,
    I16,
    I32,
    F16,
    Bf16,
}

/// One stored variable.
#[derive(Debug, Clone)]
pub struct Ct2Tensor {
    pub dims: Vec<usize>,
    pub dtype: Ct2Type,
    pub data: Vec<u8>,
}

impl Ct2Tensor {
    pub fn len(&self) -> usize {
        self.dims.iter().product::<usize>().max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.dims.contains(&0)
    }

    /// The values as f32, whatever they are stored as (quantized int8 models
    /// are refused by the importer before this is called).
    pub fn to_f32(&self) -> Vec<f32> {
        match self.dtype {
            Ct2Type::F32 => self
                .data
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
            Ct2Type::F16 => self
                .data
                .chunks_exact(2)
                .map(|b| half::f16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
            Ct2Type::Bf16 => self
                .data
                .chunks_exact(2)
                .map(|b| half::bf16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
            Ct2Type::I8 => self.data.iter().map(|&b| b as i8 as f32).collect(),
            Ct2Type::I16 => self
                .data
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]) as f32)
                .collect(),
            Ct2Type::I32 => self
                .data
                .chunks_exact(4)
                .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f32)
                .collect(),
        }
    }

    /// A scalar integer variable (e.g. `encoder/num_heads`).
    pub fn scalar(&self) -> Option<i64> {
        self.to_f32().first().map(|v| *v as i64)
    }
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Ct2Error {
    #[error("the model file ends early (truncated at byte {0}); download or copy it again")]
    Truncated(usize),
    #[error("unsupported CTranslate2 model version {0}; this importer reads version 6")]
    Version(u32),
    #[error("this is a {0} model, not a Whisper model")]
    NotWhisper(String),
    #[error("unknown element type {0} in the model file")]
    DataType(u8),
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Ct2Error> {
        let end = self.at.checked_add(n).ok_or(Ct2Error::Truncated(self.at))?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(Ct2Error::Truncated(self.at))?;
        self.at = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, Ct2Error> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, Ct2Error> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, Ct2Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self) -> Result<String, Ct2Error> {
        let n = self.u16()? as usize;
        let b = self.take(n)?;
        let b = b.strip_suffix(&[0]).unwrap_or(b);
        Ok(String::from_utf8_lossy(b).into_owned())
    }
}

/// All variables of a CTranslate2 Whisper model, by name (aliases resolved).
pub fn read(bytes: &[u8]) -> Result<HashMap<String, Ct2Tensor>, Ct2Error> {
    let mut r = Reader { bytes, at: 0 };
    let version = r.u32()?;
    if version != 6 {
        return Err(Ct2Error::Version(version));
    }
    let spec = r.string()?;
    if spec != "WhisperSpec" {
        return Err(Ct2Error::NotWhisper(spec));
    }
    let _revision = r.u32()?;
    let count = r.u32()?;
    let mut vars = HashMap::new();
    for _ in 0..count {
        let name = r.string()?;
        let rank = r.u8()? as usize;
        let mut dims = Vec::with_capacity(rank);
        for _ in 0..rank {
            dims.push(r.u32()? as usize);
        }
        let dtype = match r.u8()? {
            0 => Ct2Type::F32,
            1 => Ct2Type::I8,
            2 => Ct2Type::I16,
            3 => Ct2Type::I32,
            4 => Ct2Type::F16,
            5 => Ct2Type::Bf16,
            other => return Err(Ct2Error::DataType(other)),
        };
        let size = r.u32()? as usize;
        let data = r.take(size)?.to_vec();
        vars.insert(name, Ct2Tensor { dims, dtype, data });
    }
    // Aliases (e.g. the output projection tied to the token embedding).
    if let Ok(aliases) = r.u32() {
        for _ in 0..aliases {
            let (alias, target) = (r.string()?, r.string()?);
            if let Some(t) = vars.get(&target).cloned() {
                vars.insert(alias, t);
            }
        }
    }
    Ok(vars)
}
