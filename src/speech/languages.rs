//! What Whisper can and cannot do per language, said plainly to the user.

/// A note for languages Whisper handles badly or not at all; `None` for the
/// ones it handles well.
pub fn language_note(code: &str) -> Option<&'static str> {
    Some(match code {
        "ht" => "Whisper is weak on Haitian Creole: check the transcript against the recording",
        "pa" => "Whisper is weak on Punjabi: check the transcript against the recording",
        "ps" => "Whisper is weak on Pashto: check the transcript against the recording",
        "am" => "Whisper is weak on Amharic: check the transcript against the recording",
        "so" => "Whisper is weak on Somali: check the transcript against the recording",
        "ti" | "tig" => {
            "Whisper does not support Tigrinya: type the answer or use an interpreter's English"
        }
        "yua" | "quc" | "mam" | "kek" => {
            "Whisper does not support Mayan languages: type the answer or use an interpreter's English"
        }
        "ln" => "Whisper is weak on Lingala: check the transcript against the recording",
        _ => return None,
    })
}
