//! Local speech recognition: importing faster-whisper models into whisper.cpp's
//! format, the model store, and transcription. Nothing here uses the network
//! except `models install`, which the user runs on purpose.

pub mod ct2;
pub mod ggml;
pub mod import;
pub mod install;
pub mod languages;
pub mod mel;
pub mod store;
pub mod stream;
pub mod transcribe;
pub mod vad;
