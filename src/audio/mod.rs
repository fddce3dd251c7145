//! Audio: reading and writing WAV, resampling to 16 kHz mono for speech.
//! Capture and playback through cpal arrive with the recording work.

pub mod capture;
pub mod engine;
pub mod playback;
pub mod record;
pub mod sink;
pub mod wav;
